package org.distributionhub.supplier.api;

/** What became of a partner message as a whole; answered to partners and stored by its name. */
public enum MessageStatus {

	/** Something changed. */
	APPLIED,
	/** It repeated what we knew. */
	NO_CHANGE,
	/** A re-sent interchange or a partner duplicate: answered, not applied. */
	DUPLICATE,
	/** It waits for a mapping. */
	PARKED,
	/** Some documents applied, some refused or parked. */
	PARTIAL,
	/** Older than what we have. */
	STALE,
	/** Nothing could be read or used. */
	REFUSED,
	/** Processing failed on our side; nothing was applied and the partner sends it again. */
	FAILED
}
