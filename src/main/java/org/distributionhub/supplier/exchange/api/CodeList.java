package org.distributionhub.supplier.exchange.api;

/** The code list a partner's status or purpose code comes from; the same letters mean different things in each. */
public enum CodeList {

	/** X12: BAK01 purpose, BAK02 type, ACK01 line status. */
	X12,
	/** EDIFACT: BGM 1225 message function, LIN 1229 action. */
	EDIFACT,
	/** Portal JSON: Accepted, Backordered, Rejected and the rejection reasons. */
	PORTAL,
	/** CSV acknowledgement columns: ACCEPTED, REJECTED, BACKORDERED. */
	CSV,
	/** A partner's own codes (X12 ACK27-29 and the like), translated by its profile's code map. */
	PARTNER
}
