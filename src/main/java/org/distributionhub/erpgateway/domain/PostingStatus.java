package org.distributionhub.erpgateway.domain;

/**
 * Where a posting stands. PENDING, IN_FLIGHT and PARKED hold back the later postings of the same business key;
 * SENT and CANCELLED are final.
 */
public enum PostingStatus {

	PENDING, IN_FLIGHT, SENT, PARKED, CANCELLED;

	/** Whether a posting in this state still blocks the later postings of its business key. */
	public boolean holdsBackItsKey() {
		return this == PENDING || this == IN_FLIGHT || this == PARKED;
	}

	public boolean isFinal() {
		return this == SENT || this == CANCELLED;
	}
}
