package org.distributionhub.platform.domain;

import java.time.Instant;
import java.util.function.DoubleSupplier;

import org.distributionhub.shared.Backoff;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When a failed publication gets its next attempt, and when it gets none: the backoff after each failure, and at most
 * {@code maxAttempts} attempts in all (the first delivery included) before the publication is dead-lettered.
 */
@ValueObject
public record RetryPolicy(int maxAttempts, Backoff backoff) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
		}
	}

	/** Whether a publication that has had this many attempts gets no more. */
	public boolean isExhausted(int attemptsSoFar) {
		return attemptsSoFar >= maxAttempts;
	}

	/**
	 * When the next attempt is due, given when the last one failed; {@code random} yields values from 0 (inclusive) to 1 (exclusive) and makes
	 * the jitter, so tests can fix it.
	 */
	public Instant nextAttemptAt(int attemptsSoFar, Instant lastFailure, DoubleSupplier random) {
		return backoff.nextAttemptAt(attemptsSoFar, lastFailure, random);
	}

	/** The same, with the jitter's midpoint: when a person should expect the next attempt. */
	public Instant expectedNextAttemptAt(int attemptsSoFar, Instant lastFailure) {
		return nextAttemptAt(attemptsSoFar, lastFailure, () -> 0.5);
	}
}
