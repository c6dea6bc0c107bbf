package org.distributionhub.order.domain;

/**
 * Where a line stands with Inventory: waiting for an answer, wholly reserved, partly backordered against a dated
 * inbound, backordered with no inbound that covers it, refused, or no longer wanted.
 */
public enum Allocation {
	PENDING, RESERVED, BACKORDERED, NO_INBOUND, REFUSED, CANCELLED;

	/** Whether this is an answer the OMS hears about (the states of a promise). */
	public boolean isPromise() {
		return this != PENDING && this != CANCELLED;
	}
}
