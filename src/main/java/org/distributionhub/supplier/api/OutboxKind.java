package org.distributionhub.supplier.api;

/**
 * What a partner outbox entry is: a purchase order, a 997 or CONTRL, a TA1 answering an interchange envelope, or the
 * notice that an invoice was rejected (824, APERAK, a JSON webhook or a CSV file).
 */
public enum OutboxKind {

	PURCHASE_ORDER,
	FUNCTIONAL_ACK,
	INTERCHANGE_ACK,
	INVOICE_REJECTION
}
