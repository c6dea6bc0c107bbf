package org.distributionhub.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TimeBucketsTest {

	@Test
	void weeksStartOnMondayInUtc() {
		assertThat(TimeBuckets.weekStart(Instant.parse("2026-12-06T23:59:59Z")))
			.isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
		assertThat(TimeBuckets.weekStart(Instant.parse("2026-11-30T00:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
		long number = (Instant.parse("2026-12-02T10:00:00Z").getEpochSecond() - 4 * 86400) / (7 * 86400);
		assertThat(TimeBuckets.week(number)).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void anHourNumberIsTheHoursSinceTheEpoch() {
		assertThat(TimeBuckets.hour(Instant.parse("2026-12-06T10:00:00Z").getEpochSecond() / 3600))
			.isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
	}
}
