package org.distributionhub.supplier.exchange.api;

/**
 * One business document read from a partner message, still in the partner's terms (item codes, status codes,
 * units); the Supplier core maps it through the partner's profile. {@code documentId} identifies it within the
 * message (X12 ST02, EDIFACT UNH 0062, a JSON acknowledgement id, a CSV file's PO).
 */
public sealed interface PartnerDocument
		permits ReceivedAcknowledgement, ReceivedShipNotice, ReceivedFunctionalAck, ReceivedInvoice {

	String documentId();
}
