package org.distributionhub.erpgateway.ports.in;

import java.util.List;

/**
 * Records a change the ERP must receive, after the earlier postings of its business key. The idempotency key is the
 * id of the event that caused it: recording the same key again records nothing and returns the first posting.
 */
public interface RecordPosting {

	/**
	 * Records the posting, or returns the one recorded under its idempotency key already.
	 * @throws PostingPrerequisiteMissing if a posting the command requires is not in the ledger yet
	 */
	PostingView record(RecordPostingCommand command);

	/**
	 * {@code type} is one of PO_ACKNOWLEDGEMENT_UPDATE, GOODS_RECEIPT, SHIPMENT, CUSTOMER_INVOICE; {@code payload} is
	 * JSON text. {@code requires} names postings that must be recorded before this one (by idempotency key), so that
	 * it comes after them in its business key's sequence.
	 */
	record RecordPostingCommand(String type, String businessKey, String payload, String idempotencyKey,
			List<Prerequisite> requires) {

		public RecordPostingCommand {
			requires = List.copyOf(requires);
		}

		public RecordPostingCommand(String type, String businessKey, String payload, String idempotencyKey) {
			this(type, businessKey, payload, idempotencyKey, List.of());
		}
	}

	/** A posting that must be in the ledger first; {@code description} names it for people ("the shipment ..."). */
	record Prerequisite(String idempotencyKey, String description) {
	}

	/**
	 * A required posting is not recorded yet; a listener that meets it fails, and the event backbone delivers the event
	 * again later.
	 */
	final class PostingPrerequisiteMissing extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		public PostingPrerequisiteMissing(String message) {
			super(message);
		}
	}
}
