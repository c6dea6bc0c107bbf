package org.distributionhub.console.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

/**
 * After {@code maxFailures} failed sign-ins within {@code window}, sign-in is locked for {@code lockout}. An attempt
 * made while locked is refused and counts as a failure too, so guessing on during the lock keeps it locked.
 */
public record SignInThrottlePolicy(int maxFailures, Duration window, Duration lockout) {

	public SignInThrottlePolicy {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("At least one failure must be allowed before sign-in locks");
		}
		if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
			throw new IllegalArgumentException("The window and the lockout must be positive durations");
		}
	}

	/** How long sign-in stays locked, or empty when it is open. */
	public Optional<Duration> lockedFor(FailedSignIns history, Instant now) {
		var until = history.lockedUntil();
		return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	/** The history after one more failure at {@code now}; it keeps no more than the failures that matter. */
	public FailedSignIns afterFailure(FailedSignIns history, Instant now) {
		var recent = new ArrayList<Instant>();
		for (Instant failure : history.failures()) {
			if (within(failure, now)) {
				recent.add(failure);
			}
		}
		recent.add(now);
		while (recent.size() > maxFailures) {
			recent.remove(0);
		}
		var lockedUntil = recent.size() >= maxFailures ? now.plus(lockout)
				: lockedFor(history, now).map(now::plus).orElse(null);
		return new FailedSignIns(recent, lockedUntil);
	}

	/** True when the history no longer locks anything nor counts towards a lock, so it can be forgotten. */
	public boolean isSpent(FailedSignIns history, Instant now) {
		return lockedFor(history, now).isEmpty() && history.failures().stream().noneMatch(f -> within(f, now));
	}

	private boolean within(Instant failure, Instant now) {
		return failure.isAfter(now.minus(window));
	}
}
