package org.distributionhub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BackoffTest {

	private final Backoff backoff = new Backoff(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1), 0.2);

	@Test
	void doublesFromTheInitialWaitUpToTheCap() {
		assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
		assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(40));
		assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.after(500)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void spreadsTheNextAttemptEvenlyAroundTheWait() {
		var failedAt = Instant.parse("2026-11-27T10:00:00Z");
		assertThat(backoff.nextAttemptAt(2, failedAt, () -> 0.0)).isEqualTo(failedAt.plusSeconds(8));
		assertThat(backoff.nextAttemptAt(2, failedAt, () -> 0.5)).isEqualTo(failedAt.plusSeconds(10));
		assertThat(backoff.nextAttemptAt(2, failedAt, () -> 0.999_999)).isBefore(failedAt.plusSeconds(12).plusMillis(1));
	}

	@Test
	void refusesSettingsThatMakeNoSense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ZERO, 2.0, Duration.ofSeconds(1), 0.1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1), 0.1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(1), 0.1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(1), 1.0));
	}
}
