package org.distributionhub.erpgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WatermarkTest {

	private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

	@Test
	void ordersSharingTheWatermarksTimeAreSeenOnlyByTheirIds() {
		var watermark = Watermark.start().advance(T, "7").advance(T, "9");

		assertThat(watermark).isEqualTo(new Watermark(T, Set.of("7", "9")));
		assertThat(watermark.hasSeen(T, "7")).isTrue();
		assertThat(watermark.hasSeen(T, "8")).as("same second, not yet taken in").isFalse();
		assertThat(watermark.hasSeen(T.minusMillis(1), "8")).isTrue();
		assertThat(watermark.hasSeen(T.plusMillis(1), "7")).as("changed again later").isFalse();
	}

	@Test
	void aLaterChangeStartsANewSetOfIdsAndAnOlderOneNeverMovesTheWatermarkBack() {
		var watermark = Watermark.start().advance(T, "7").advance(T.plusSeconds(1), "3");

		assertThat(watermark).isEqualTo(new Watermark(T.plusSeconds(1), Set.of("3")));
		assertThat(watermark.advance(T, "1")).isEqualTo(watermark);
		assertThat(Watermark.start().hasSeen(Instant.EPOCH.plusSeconds(1), "1")).isFalse();
	}
}
