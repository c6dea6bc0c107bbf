package org.distributionhub.console.alerting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed notification is tried again: after initialBackoff, doubling up to maxBackoff, until maxAttempts
 * attempts in all have failed; then it has given up.
 */
public record NotificationRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

	public NotificationRetry {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("A notification is attempted at least once");
		}
	}

	/** The next attempt after {@code attemptsMade} failed ones, or empty once they are used up. */
	public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
		if (attemptsMade >= maxAttempts) {
			return Optional.empty();
		}
		Duration backoff = initialBackoff;
		for (int i = 1; i < attemptsMade && backoff.compareTo(maxBackoff) < 0; i++) {
			backoff = backoff.multipliedBy(2);
		}
		return Optional.of(now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff));
	}
}
