package org.distributionhub.supplier.procurement.domain;

/**
 * What a supplier says of (part of) a purchase order line, whatever code list it used: the quantity it will deliver
 * ({@code ACCEPTED}, with changed quantity, date or price if it says so), will deliver later ({@code BACKORDERED}),
 * will not deliver ({@code REJECTED}), replaces by another item ({@code SUBSTITUTED}) or holds ({@code ON_HOLD}).
 * {@code ACCEPTED_BALANCE_BACKORDERED} (X12 BP) accepts the quantity given and backorders the rest.
 */
public enum LineStatus {

	ACCEPTED, ACCEPTED_BALANCE_BACKORDERED, BACKORDERED, REJECTED, SUBSTITUTED, ON_HOLD
}
