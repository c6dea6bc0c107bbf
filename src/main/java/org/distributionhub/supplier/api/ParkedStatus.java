package org.distributionhub.supplier.api;

/** A parked document is OPEN until a replay applied it, then RESOLVED. */
public enum ParkedStatus {

	OPEN,
	RESOLVED
}
