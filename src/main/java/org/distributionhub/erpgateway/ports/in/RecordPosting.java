package org.distributionhub.erpgateway.ports.in;

import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.shared.WaitingForPrerequisite;

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
	 * A required posting is not recorded yet; a listener that meets it waits (docs/adr/0024): the event backbone
	 * delivers the event again on its waiting schedule, without using up its attempts.
	 */
	final class PostingPrerequisiteMissing extends WaitingForPrerequisite {

		private static final long serialVersionUID = 1L;

		public PostingPrerequisiteMissing(String prerequisite, String message) {
			super(prerequisite, message);
		}
	}
}
