package org.distributionhub.supplier.procurement.domain;

/**
 * The header-level answer of an acknowledgement (X12 BAK02, EDIFACT BGM 1225 29/27): whether the lines it does not
 * list are accepted as ordered, rejected, held, or left as they were.
 */
public enum Disposition {

	/** AC, AD, AE, AK, AP, AT, RO (the counter-offer is in the listed lines): lines not listed are accepted as ordered. */
	ACCEPT_UNLISTED,
	/** RJ, RD, RF, RN, RV: the order is rejected; listed lines may still say otherwise. */
	REJECT_UNLISTED,
	/** AH: the order is on hold. */
	HOLD_UNLISTED,
	/** NA, ZZ (mutually defined: the lines say it all), or no header code: lines not listed are left as they are. */
	LEAVE_UNLISTED
}
