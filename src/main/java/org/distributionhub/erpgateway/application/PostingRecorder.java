package org.distributionhub.erpgateway.application;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.ports.in.PostingView;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.erpgateway.ports.in.RecordPosting.PostingPrerequisiteMissing;
import org.distributionhub.erpgateway.ports.out.PostingLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records postings at the end of their business key's sequence. Two instances recording for one key at once compete
 * for the same sequence number; the loser takes the next one. PostgreSQL makes the loser wait until the winner
 * commits; H2 answers at once while the winner's row is still uncommitted and invisible, so the loser pauses before
 * it reads the sequence again. A posting that requires others is recorded only once they are.
 */
@Service
class PostingRecorder implements RecordPosting {

	private static final int SEQUENCE_RACES_TOLERATED = 50;
	private static final long PAUSE_MILLIS = 20;

	private final PostingLedger ledger;
	private final Clock clock;

	PostingRecorder(PostingLedger ledger, Clock clock) {
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PostingView record(RecordPostingCommand command) {
		var type = typeOf(command.type());
		if (command.payload().isBlank()) {
			throw new IllegalArgumentException("A posting needs a payload");
		}
		var existing = ledger.findByIdempotencyKey(command.idempotencyKey());
		if (existing.isPresent()) {
			return PostingViews.of(existing.get());
		}
		requirePrerequisites(command);
		for (int race = 0; race < SEQUENCE_RACES_TOLERATED; race++) {
			var posting = Posting.record(UUID.randomUUID(), type, command.businessKey(),
					ledger.nextSequence(command.businessKey()), command.payload(), command.idempotencyKey(),
					clock.instant());
			if (ledger.add(posting)) {
				return PostingViews.of(posting);
			}
			existing = ledger.findByIdempotencyKey(command.idempotencyKey());
			if (existing.isPresent()) {
				return PostingViews.of(existing.get());
			}
			pauseAfterLostRace();
		}
		throw new IllegalStateException("Could not record a posting for " + command.businessKey() + " after "
				+ SEQUENCE_RACES_TOLERATED + " concurrent recordings took its sequence number");
	}

	private void requirePrerequisites(RecordPostingCommand command) {
		for (var required : command.requires()) {
			if (ledger.findByIdempotencyKey(required.idempotencyKey()).isEmpty()) {
				throw new PostingPrerequisiteMissing("The %s %s of %s is waiting for %s (%s)".formatted(type(command),
						command.idempotencyKey(), command.businessKey(), required.description(),
						required.idempotencyKey()));
			}
		}
	}

	private static String type(RecordPostingCommand command) {
		return command.type().toLowerCase(Locale.ROOT).replace('_', ' ');
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

	private static PostingType typeOf(String name) {
		try {
			return PostingType.valueOf(name);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(
					"Unknown posting type '%s'; known: %s".formatted(name, Arrays.toString(PostingType.values())), e);
		}
	}
}
