package org.distributionhub.inventory.domain;

/** Why inventory cannot allocate an order line at all. */
public enum RefusalReason {

	UNKNOWN_SKU, UNKNOWN_WAREHOUSE, UNIT_MISMATCH
}
