package org.distributionhub.erpgateway.application;

import java.time.Instant;
import java.util.List;

import org.distributionhub.erpgateway.api.FindStalePostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.ports.out.UnsentPostings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers which postings have waited too long for the ERP. */
@Service
@Transactional(readOnly = true)
class StalePostingQueries implements FindStalePostings {

	private final UnsentPostings unsent;

	StalePostingQueries(UnsentPostings unsent) {
		this.unsent = unsent;
	}

	@Override
	public List<PostingView> unsentSince(Instant recordedBefore, int limit) {
		return unsent.recordedBefore(recordedBefore, Math.max(1, limit));
	}
}
