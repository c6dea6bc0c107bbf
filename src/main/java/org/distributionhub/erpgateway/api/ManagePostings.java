package org.distributionhub.erpgateway.api;

import java.util.UUID;

/** What operators do with a posting; every action lands in the admin audit trail with who did it and why. */
public interface ManagePostings {

	/** Sends a parked or waiting posting again now. */
	PostingView retry(PostingActionCommand command);

	/** Holds a waiting posting, and the later postings of its business key, until it is retried or cancelled. */
	PostingView park(PostingActionCommand command);

	/** Gives up on a posting that was never confirmed sent; the later postings of its key go on. */
	PostingView cancel(PostingActionCommand command);

	record PostingActionCommand(UUID postingId, String actor, String reason) {
	}
}
