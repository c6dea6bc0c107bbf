package org.distributionhub.platform.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When a failed publication gets its next attempt: exponential backoff from the last attempt, capped, with jitter
 * spread evenly over +/- the jitter fraction so that a burst of failures does not retry in lockstep. Past
 * {@code maxAttempts} attempts (the first delivery included) a publication is dead-lettered.
 */
@ValueObject
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
		double jitter) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
		}
		if (initialBackoff.isNegative() || initialBackoff.isZero()) {
			throw new IllegalArgumentException("initialBackoff must be positive");
		}
		if (multiplier < 1.0) {
			throw new IllegalArgumentException("multiplier must be at least 1.0, was " + multiplier);
		}
		if (maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
		}
		if (jitter < 0.0 || jitter >= 1.0) {
			throw new IllegalArgumentException("jitter is a fraction from 0 (none) to below 1, was " + jitter);
		}
	}

	/** Whether a publication that has had this many attempts gets no more. */
	public boolean isExhausted(int attemptsSoFar) {
		return attemptsSoFar >= maxAttempts;
	}

	/** The backoff before attempt number {@code attemptsSoFar + 1}, without jitter. */
	public Duration backoffAfter(int attemptsSoFar) {
		int exponent = Math.max(0, attemptsSoFar - 1);
		double millis = initialBackoff.toMillis() * Math.pow(multiplier, exponent);
		return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
	}

	/**
	 * When the next attempt is due, given when the last one started; {@code random} yields values from 0 (inclusive)
	 * to 1 (exclusive) and makes the jitter, so tests can fix it.
	 */
	public Instant nextAttemptAt(int attemptsSoFar, Instant lastAttempt, DoubleSupplier random) {
		long base = backoffAfter(attemptsSoFar).toMillis();
		double factor = 1.0 + jitter * (2.0 * random.getAsDouble() - 1.0);
		return lastAttempt.plusMillis(Math.round(base * factor));
	}

	/** The same, with the jitter's midpoint: when a person should expect the next attempt. */
	public Instant expectedNextAttemptAt(int attemptsSoFar, Instant lastAttempt) {
		return nextAttemptAt(attemptsSoFar, lastAttempt, () -> 0.5);
	}
}
