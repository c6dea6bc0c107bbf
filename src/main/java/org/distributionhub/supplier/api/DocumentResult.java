package org.distributionhub.supplier.api;

/** What became of one document of a partner message; answered to partners and stored by its name. */
public enum DocumentResult {

	APPLIED,
	NO_CHANGE,
	DUPLICATE,
	STALE,
	/** It waits for a mapping, to be replayed. */
	PARKED,
	/** Our model refuses a value in it. */
	REFUSED
}
