package org.distributionhub.supplier.api;

/** Where an outbox entry's delivery stands: PENDING until delivered, FAILED when given up after the last attempt. */
public enum DeliveryStatus {

	PENDING,
	DELIVERED,
	FAILED
}
