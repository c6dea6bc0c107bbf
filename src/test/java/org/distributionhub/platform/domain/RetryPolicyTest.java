package org.distributionhub.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.distributionhub.shared.Backoff;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

	private final RetryPolicy policy = new RetryPolicy(5,
			new Backoff(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1), 0.2));

	@Test
	void theNextAttemptFollowsTheBackoffFromTheLastFailure() {
		var lastFailure = Instant.parse("2026-11-27T10:00:00Z");
		assertThat(policy.nextAttemptAt(2, lastFailure, () -> 0.0)).isEqualTo(lastFailure.plusSeconds(8));
		assertThat(policy.expectedNextAttemptAt(2, lastFailure)).isEqualTo(lastFailure.plusSeconds(10));
		assertThat(policy.expectedNextAttemptAt(9, lastFailure)).isEqualTo(lastFailure.plusSeconds(60));
	}

	@Test
	void aPublicationIsExhaustedAfterTheLastAllowedAttempt() {
		assertThat(policy.isExhausted(4)).isFalse();
		assertThat(policy.isExhausted(5)).isTrue();
		assertThat(policy.isExhausted(6)).isTrue();
	}

	@Test
	void needsAtLeastOneAttempt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, policy.backoff()))
			.withMessageContaining("maxAttempts");
	}
}
