package org.distributionhub.supplier.events;

/** What a supplier's acknowledgement did to one purchase order line. */
public enum LineOutcome {

	ACCEPTED, QUANTITY_CHANGED, DATE_CHANGED, PRICE_CHANGED, REJECTED, BACKORDERED, SUBSTITUTED, ON_HOLD, CANCELLED
}
