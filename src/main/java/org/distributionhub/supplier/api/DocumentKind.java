package org.distributionhub.supplier.api;

/** What a document of a partner message is, whatever format it came in. */
public enum DocumentKind {

	/** A purchase order acknowledgement (855, ORDRSP, CSV or JSON). */
	ACKNOWLEDGEMENT,
	/** A ship notice (856, DESADV). */
	SHIP_NOTICE,
	/** A functional acknowledgement of what we sent (997, CONTRL). */
	FUNCTIONAL_ACK,
	/** A supplier invoice or credit note (810, INVOIC, CSV or JSON). */
	INVOICE
}
