package org.distributionhub.console.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.distributionhub.console.ports.in.SampleBacklog;
import org.distributionhub.console.ports.out.OperationsSamples;
import org.distributionhub.console.ports.out.OperationsSamples.BacklogSample;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.platform.api.FindEventActivity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes the minute's backlog from the platform and the ERP gateway (two counts each, on indexes) and keeps it. */
@Service
class BacklogSampler implements SampleBacklog {

	private final FindEventActivity events;
	private final FindPostings postings;
	private final OperationsSamples samples;
	private final Clock clock;
	private final Duration retention;

	BacklogSampler(FindEventActivity events, FindPostings postings, OperationsSamples samples, Clock clock,
			@Value("${hub.console.backlog-samples.retention:14d}") Duration retention) {
		this.events = events;
		this.postings = postings;
		this.samples = samples;
		this.clock = clock;
		this.retention = retention;
	}

	@Override
	@Transactional
	public void sample() {
		Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
		var eventBacklog = events.backlog();
		var postingBacklog = postings.backlog();
		samples.addIfAbsent(new BacklogSample(minute, eventBacklog.incomplete(), eventBacklog.oldestPublishedAt(),
				postingBacklog.pending() + postingBacklog.inFlight(), postingBacklog.parked(),
				postingBacklog.oldestPendingSince()));
		samples.deleteBefore(minute.minus(retention));
	}
}
