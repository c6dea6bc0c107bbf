package org.distributionhub.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DeliveryBacklogTest {

	private static final Duration MINUTE = Duration.ofSeconds(60);

	@Test
	void itIsOverWhenMoreWaitOrAreQueuedThanTheLimitOrTheOldestWaitsTooLong() {
		assertThat(new DeliveryBacklog(20_000, MINUTE, 0).over(20_000, MINUTE)).isFalse();
		assertThat(new DeliveryBacklog(20_001, Duration.ZERO, 0).over(20_000, MINUTE)).isTrue();
		assertThat(new DeliveryBacklog(0, Duration.ZERO, 20_001).over(20_000, MINUTE)).isTrue();
		assertThat(new DeliveryBacklog(1, Duration.ofSeconds(75), 0).over(20_000, MINUTE)).isTrue();
	}

	@Test
	void aPublicationDatedAheadOfThisClockWaitsNoTime() {
		assertThat(new DeliveryBacklog(1, Duration.ofSeconds(-2), 0).oldestAge()).isZero();
	}
}
