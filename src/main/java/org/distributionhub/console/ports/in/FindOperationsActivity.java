package org.distributionhub.console.ports.in;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What the hub moved per hour, how its backlog went, and how each supplier answers: the operations charts. */
public interface FindOperationsActivity {

	/** Every hour of the range up to the current one: messages in and out, publications, ERP postings. */
	Throughput throughput(Duration range);

	/** The backlog samples of the range, thinned to at most one per {@code step} (the largest values kept). */
	List<BacklogPoint> backlog(Duration range, Duration step);

	/** Every supplier's scorecard over the last {@code weeks} weeks, the current one included. */
	List<SupplierScorecard> scorecards(int weeks);

	Optional<SupplierScorecard> scorecard(String supplierId, int weeks);

	/** The hours from {@code from} (inclusive) to {@code to} (exclusive), in order. */
	record Throughput(Instant from, Instant to, List<HourPoint> hours) {
	}

	/** One hour's traffic. */
	record HourPoint(Instant hour, long messagesIn, long messagesOut, long publications, long erpPostings) {
	}

	/** The backlog at one moment; the ages are those of the oldest item then, in seconds. */
	record BacklogPoint(Instant at, long incompletePublications, @Nullable Long oldestPublicationAgeSeconds,
			long unsentPostings, long parkedPostings, @Nullable Long oldestPostingAgeSeconds) {
	}
}
