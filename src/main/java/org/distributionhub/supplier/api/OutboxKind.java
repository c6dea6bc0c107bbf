package org.distributionhub.supplier.api;

/** What a partner outbox entry is. */
public enum OutboxKind {

	PURCHASE_ORDER,
	FUNCTIONAL_ACK
}
