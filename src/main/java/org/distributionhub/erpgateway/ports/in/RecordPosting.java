package org.distributionhub.erpgateway.ports.in;

import org.distributionhub.erpgateway.api.PostingView;

/**
 * Records a change the ERP must receive, after the earlier postings of its business key. Recording the same
 * idempotency key again records nothing and returns the first posting.
 */
public interface RecordPosting {

	/**
	 * Records the posting, or returns the one recorded under its idempotency key already.
	 * @throws PostingPrerequisiteMissing if a posting the command requires is not in the ledger yet
	 */
	PostingView record(PostingCommand command);

	/**
	 * Records a payload given as JSON text in the ledger's stored shape; one the hub cannot read is recorded as it is
	 * and parked when it is dispatched.
	 * @deprecated the console's ErpPostingsIT still plants postings this way; use {@link #record(PostingCommand)}
	 */
	@Deprecated(forRemoval = true)
	PostingView record(RecordPostingCommand command);

	/**
	 * {@code type} is a {@code PostingType} name, {@code payload} JSON text.
	 * @deprecated see {@link RecordPosting#record(RecordPostingCommand)}
	 */
	@Deprecated(forRemoval = true)
	record RecordPostingCommand(String type, String businessKey, String payload, String idempotencyKey) {
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
