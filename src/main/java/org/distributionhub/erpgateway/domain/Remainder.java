package org.distributionhub.erpgateway.domain;

/** What happens to the quantity a goods movement did not cover. */
public enum Remainder {

	/** Kept open for a later movement. */
	BACKORDER,
	/** Closed. */
	CANCEL
}
