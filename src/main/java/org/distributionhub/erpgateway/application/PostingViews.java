package org.distributionhub.erpgateway.application;

import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.domain.Posting;

/** Turns postings into the views the primary ports return. */
final class PostingViews {

	private PostingViews() {
	}

	static PostingView of(Posting posting) {
		var p = posting.snapshot();
		return new PostingView(p.id(), p.type().name(), p.businessKey(), p.sequence(), p.idempotencyKey(),
				p.status().name(), p.attempts(), p.recordedAt(), p.nextAttemptAt(), p.lastError(),
				p.erpReference() == null ? null : p.erpReference().value());
	}
}
