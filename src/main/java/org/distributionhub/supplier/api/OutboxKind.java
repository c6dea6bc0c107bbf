package org.distributionhub.supplier.api;

/** What a partner outbox entry is: a purchase order, a 997 or CONTRL, or a TA1 answering an interchange envelope. */
public enum OutboxKind {

	PURCHASE_ORDER,
	FUNCTIONAL_ACK,
	INTERCHANGE_ACK
}
