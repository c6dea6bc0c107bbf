package org.distributionhub.erpgateway.application;

import java.time.Instant;
import java.util.List;

import org.distributionhub.erpgateway.api.FindPostingActivity;
import org.distributionhub.erpgateway.ports.out.PostingActivity;
import org.distributionhub.platform.api.HourlyCount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads how many postings the ledger took in over time. */
@Service
@Transactional(readOnly = true)
class PostingActivityQueries implements FindPostingActivity {

	private final PostingActivity activity;

	PostingActivityQueries(PostingActivity activity) {
		this.activity = activity;
	}

	@Override
	public List<HourlyCount> recordedPerHour(Instant from, Instant to) {
		return activity.recordedPerHour(from, to);
	}
}
