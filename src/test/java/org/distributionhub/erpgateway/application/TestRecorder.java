package org.distributionhub.erpgateway.application;

import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.domain.PostingRequest;
import org.distributionhub.erpgateway.ports.in.RecordPosting;

/** Records a domain request through the application's recorder, for tests that choose a posting's keys freely. */
public final class TestRecorder {

	private TestRecorder() {
	}

	public static PostingView record(RecordPosting recorder, PostingRequest request) {
		return ((PostingRecorder) recorder).record(request);
	}
}
