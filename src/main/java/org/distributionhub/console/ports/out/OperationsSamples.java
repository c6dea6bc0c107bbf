package org.distributionhub.console.ports.out;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The backlog samples, one per minute. */
public interface OperationsSamples {

	/** Adds the sample unless its minute is taken. */
	void addIfAbsent(BacklogSample sample);

	/** Samples taken at or after {@code from}, oldest first. */
	List<BacklogSample> since(Instant from);

	int deleteBefore(Instant before);

	/** What the backlog was at a minute: counts and when the oldest item of each kind was recorded. */
	record BacklogSample(Instant at, long incompletePublications, @Nullable Instant oldestPublicationAt,
			long unsentPostings, long parkedPostings, @Nullable Instant oldestUnsentPostingAt) {
	}
}
