package org.distributionhub.erpgateway.api;

import java.time.Instant;
import java.util.List;

/** Postings the ERP has not received long after they were recorded: the ERP backlog that needs a person. */
public interface FindStalePostings {

	/** PENDING and IN_FLIGHT postings recorded before {@code recordedBefore}, oldest first, at most {@code limit}. */
	List<PostingView> unsentSince(Instant recordedBefore, int limit);
}
