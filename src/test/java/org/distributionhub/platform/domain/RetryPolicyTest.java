package org.distributionhub.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

	private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1), 0.2);

	@Test
	void backoffDoublesFromTheInitialDelayUpToTheCap() {
		assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
		assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofSeconds(20));
		assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofSeconds(40));
		assertThat(policy.backoffAfter(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(policy.backoffAfter(60)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void jitterSpreadsTheNextAttemptEvenlyAroundTheBackoff() {
		var last = Instant.parse("2026-11-27T10:00:00Z");
		assertThat(policy.nextAttemptAt(2, last, () -> 0.0)).isEqualTo(last.plusSeconds(8));
		assertThat(policy.nextAttemptAt(2, last, () -> 0.5)).isEqualTo(last.plusSeconds(10));
		assertThat(policy.nextAttemptAt(2, last, () -> 0.999_999)).isBefore(last.plusSeconds(12).plusMillis(1));
		assertThat(policy.expectedNextAttemptAt(2, last)).isEqualTo(last.plusSeconds(10));
	}

	@Test
	void aPublicationIsExhaustedAfterTheLastAllowedAttempt() {
		assertThat(policy.isExhausted(4)).isFalse();
		assertThat(policy.isExhausted(5)).isTrue();
		assertThat(policy.isExhausted(6)).isTrue();
	}

	@Test
	void refusesSettingsThatMakeNoSense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(2), 0))
			.withMessageContaining("maxAttempts");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(3, Duration.ZERO, 2, Duration.ofSeconds(2), 0))
			.withMessageContaining("initialBackoff");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2), 0))
			.withMessageContaining("multiplier");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), 2, Duration.ofSeconds(2), 0))
			.withMessageContaining("maxBackoff");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 2, Duration.ofSeconds(2), 1.0))
			.withMessageContaining("jitter");
	}
}
