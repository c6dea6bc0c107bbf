package org.distributionhub.console.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottlePolicyTest {

	private final SignInThrottlePolicy policy = new SignInThrottlePolicy(5, Duration.ofMinutes(15),
			Duration.ofMinutes(15));

	private final Instant start = Instant.parse("2026-03-02T08:00:00Z");

	@Test
	void fourFailuresLeaveSignInOpen() {
		var history = fail(FailedSignIns.none(), 4, Duration.ofSeconds(10));

		assertThat(policy.lockedFor(history, start.plusSeconds(40))).isEmpty();
	}

	@Test
	void theFifthFailureWithinTheWindowLocksForTheLockout() {
		var history = fail(FailedSignIns.none(), 5, Duration.ofMinutes(3));
		var fifth = start.plus(Duration.ofMinutes(12));

		assertThat(policy.lockedFor(history, fifth)).contains(Duration.ofMinutes(15));
		assertThat(policy.lockedFor(history, fifth.plus(Duration.ofMinutes(14)))).contains(Duration.ofMinutes(1));
		assertThat(policy.lockedFor(history, fifth.plus(Duration.ofMinutes(15)))).isEmpty();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		var history = fail(FailedSignIns.none(), 5, Duration.ofMinutes(4));

		assertThat(policy.lockedFor(history, start.plus(Duration.ofMinutes(16)))).isEmpty();
		assertThat(history.failures()).hasSize(4);
	}

	@Test
	void anAttemptWhileLockedCountsAndKeepsTheLockGoing() {
		var locked = fail(FailedSignIns.none(), 5, Duration.ofSeconds(1));
		var tenMinutesLater = start.plus(Duration.ofMinutes(10));

		var again = policy.afterFailure(locked, tenMinutesLater);

		assertThat(policy.lockedFor(again, tenMinutesLater)).contains(Duration.ofMinutes(15));
		assertThat(again.failures()).hasSize(5).last().isEqualTo(tenMinutesLater);
	}

	@Test
	void aLockOutlivesTheFailuresThatCausedItLeavingTheWindow() {
		var policy = new SignInThrottlePolicy(2, Duration.ofMinutes(1), Duration.ofMinutes(30));
		var history = policy.afterFailure(policy.afterFailure(FailedSignIns.none(), start), start.plusSeconds(1));
		var later = start.plus(Duration.ofMinutes(5));

		var oneMore = policy.afterFailure(history, later);

		assertThat(policy.lockedFor(oneMore, later)).contains(Duration.ofMinutes(25).plusSeconds(1));
		assertThat(oneMore.failures()).containsExactly(later);
	}

	@Test
	void aHistoryIsSpentOnceNeitherLockedNorCounting() {
		var history = fail(FailedSignIns.none(), 5, Duration.ofSeconds(1));

		assertThat(policy.isSpent(history, start.plus(Duration.ofMinutes(10)))).isFalse();
		assertThat(policy.isSpent(history, start.plus(Duration.ofMinutes(20)))).isTrue();
		assertThat(policy.isSpent(FailedSignIns.none(), start)).isTrue();
	}

	@Test
	void refusesAPolicyThatCouldNeverOpen() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SignInThrottlePolicy(0, Duration.ofMinutes(1),
				Duration.ofMinutes(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new SignInThrottlePolicy(3, Duration.ZERO,
				Duration.ofMinutes(1)));
	}

	private FailedSignIns fail(FailedSignIns history, int times, Duration apart) {
		var result = history;
		for (int i = 0; i < times; i++) {
			result = policy.afterFailure(result, start.plus(apart.multipliedBy(i)));
		}
		return result;
	}
}
