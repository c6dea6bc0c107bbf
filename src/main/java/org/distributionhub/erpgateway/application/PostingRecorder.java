package org.distributionhub.erpgateway.application;

import java.time.Clock;
import java.util.UUID;

import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.domain.PostingRequest;
import org.distributionhub.erpgateway.ports.in.PostingCommand;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.erpgateway.ports.out.PostingLedger;
import org.distributionhub.platform.correlation.TraceHandoff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records postings at the end of their business key's sequence, the place taken by the ledger's write itself; a
 * posting already recorded under the same idempotency key is looked up only when that write added nothing. Two
 * instances recording for one key at once compete for the same sequence number; the loser waits until the winner's
 * transaction ended (the database on PostgreSQL, the ledger asking again on H2), finds the place taken and tries the
 * next one, pausing first. A posting that requires others is recorded only once they are. Its sending continues the
 * trace it was recorded in.
 */
@Service
class PostingRecorder implements RecordPosting {

	private static final int SEQUENCE_RACES_TOLERATED = 50;
	private static final long PAUSE_MILLIS = 20;

	private final PostingLedger ledger;
	private final Clock clock;
	private final TraceHandoff traces;

	PostingRecorder(PostingLedger ledger, Clock clock, TraceHandoff traces) {
		this.ledger = ledger;
		this.clock = clock;
		this.traces = traces;
	}

	@Override
	@Transactional
	public PostingView record(PostingCommand command) {
		return record(PostingRequests.of(command));
	}

	/** Records a request of the domain; the port's commands and tests come here. */
	@Transactional
	public PostingView record(PostingRequest request) {
		var keys = request.keys();
		var missing = request.firstMissing(required -> ledger.findByIdempotencyKey(required).isPresent());
		if (missing.isPresent()) {
			var existing = ledger.findByIdempotencyKey(keys.idempotencyKey());
			if (existing.isPresent()) {
				return PostingViews.of(existing.get());
			}
			throw new PostingPrerequisiteMissing(missing.get().description() + " (" + missing.get().idempotencyKey()
					+ ")", request.waitingFor(missing.get()));
		}
		for (int race = 0; race < SEQUENCE_RACES_TOLERATED; race++) {
			var added = ledger.append(UUID.randomUUID(), request.payload(), keys, clock.instant());
			if (added.isPresent()) {
				traces.remember(added.get().id());
				return PostingViews.of(added.get());
			}
			var existing = ledger.findByIdempotencyKey(keys.idempotencyKey());
			if (existing.isPresent()) {
				return PostingViews.of(existing.get());
			}
			pauseAfterLostRace();
		}
		throw new IllegalStateException("Could not record a posting for " + keys.businessKey() + " after "
				+ SEQUENCE_RACES_TOLERATED + " concurrent recordings took its sequence number");
	}

	private static void pauseAfterLostRace() {
		try {
			Thread.sleep(PAUSE_MILLIS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while recording a posting", interrupted);
		}
	}
}
