package org.distributionhub.erpgateway.ports.in;

/**
 * Records a change the ERP must receive, after the earlier postings of its business key. The idempotency key is the
 * id of the event that caused it: recording the same key again records nothing and returns the first posting.
 */
public interface RecordPosting {

	PostingView record(RecordPostingCommand command);

	/**
	 * {@code type} is one of PO_ACKNOWLEDGEMENT_UPDATE, GOODS_RECEIPT, SHIPMENT, CUSTOMER_INVOICE; {@code payload} is
	 * JSON text.
	 */
	record RecordPostingCommand(String type, String businessKey, String payload, String idempotencyKey) {
	}
}
