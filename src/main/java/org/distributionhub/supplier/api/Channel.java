package org.distributionhub.supplier.api;

/** How a partner exchanges messages with us. */
public enum Channel {

	/** JSON through the partner API (and webhooks for what we send). */
	API,
	/** ANSI X12 (850 out; 855, 856, 997 in). */
	X12,
	/** UN/EDIFACT (ORDERS out; ORDRSP, DESADV, CONTRL in). */
	EDIFACT,
	/** Comma separated files. */
	CSV
}
