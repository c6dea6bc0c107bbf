package org.distributionhub.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The wait before something that failed is tried again (an event delivery, an ERP posting): {@code initial} after the
 * first attempt, times {@code multiplier} per further attempt, at most {@code max}, spread evenly over +/- the
 * {@code jitter} fraction so that what failed together during an outage does not all come back at once.
 */
@ValueObject
public record Backoff(Duration initial, double multiplier, Duration max, double jitter) {

	public Backoff {
		if (initial.isNegative() || initial.isZero()) {
			throw new IllegalArgumentException("The initial backoff must be positive, was " + initial);
		}
		if (multiplier < 1.0) {
			throw new IllegalArgumentException("The multiplier must be at least 1.0, was " + multiplier);
		}
		if (max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("The maximum backoff must not be shorter than the initial one");
		}
		if (jitter < 0.0 || jitter >= 1.0) {
			throw new IllegalArgumentException("The jitter is a fraction from 0 to below 1, was " + jitter);
		}
	}

	/** The wait after {@code attempts} failed attempts (at least one), before jitter. */
	public Duration after(int attempts) {
		double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
		return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
	}

	/** When the next attempt is due; {@code random} yields values from 0 (inclusive) to 1 (exclusive). */
	public Instant nextAttemptAt(int attempts, Instant failedAt, DoubleSupplier random) {
		double factor = 1.0 + jitter * (2.0 * random.getAsDouble() - 1.0);
		return failedAt.plusMillis(Math.round(after(attempts).toMillis() * factor));
	}
}
