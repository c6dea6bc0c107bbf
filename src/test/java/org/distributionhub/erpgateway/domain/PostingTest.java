package org.distributionhub.erpgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.distributionhub.erpgateway.SamplePayloads;
import org.distributionhub.shared.Backoff;
import org.junit.jupiter.api.Test;

class PostingTest {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(10), 0.2);

	private final Posting posting = SamplePayloads.posting(SamplePayloads.goodsReceipt("4711", 3), "PO:4711", 1,
			"event-1", NOW);

	@Test
	void aRecordedPostingIsPendingAndDueAtOnce() {
		assertThat(posting.status()).isEqualTo(PostingStatus.PENDING);
		assertThat(posting.attempts()).isZero();
		assertThat(posting.isClaimable(NOW)).isTrue();
		assertThat(posting.isClaimable(NOW.minusMillis(1))).isFalse();
	}

	@Test
	void aClaimedPostingIsSentWithTheErpReference() {
		posting.claim(NOW, NOW.plusSeconds(60));
		assertThat(posting.status()).isEqualTo(PostingStatus.IN_FLIGHT);
		assertThat(posting.attempts()).isEqualTo(1);
		assertThat(posting.mayHaveReachedErp()).isFalse();

		posting.markSent(new ErpReference("WH/IN/00042"), NOW.plusSeconds(1));

		assertThat(posting.status()).isEqualTo(PostingStatus.SENT);
		assertThat(posting.erpReference()).isEqualTo(new ErpReference("WH/IN/00042"));
		assertThat(posting.snapshot().leaseUntil()).isNull();
		assertThat(posting.snapshot().completedAt()).isEqualTo(NOW.plusSeconds(1));
	}

	@Test
	void aPostingInFlightCannotBeClaimedAgainUntilItsLeaseRunsOut() {
		posting.claim(NOW, NOW.plusSeconds(60));

		assertThat(posting.isClaimable(NOW.plusSeconds(60))).isFalse();
		assertThatThrownBy(() -> posting.claim(NOW.plusSeconds(30), NOW.plusSeconds(90)))
			.isInstanceOf(PostingStateException.class)
			.hasMessageContaining("Cannot claim")
			.hasMessageContaining("IN_FLIGHT");

		posting.claim(NOW.plusSeconds(61), NOW.plusSeconds(121));
		assertThat(posting.attempts()).isEqualTo(2);
		assertThat(posting.mayHaveReachedErp()).as("the first dispatcher may have sent it before it died").isTrue();
	}

	@Test
	void aTransientFailureSchedulesTheNextAttemptWithBackoffAndJitter() {
		posting.claim(NOW, NOW.plusSeconds(60));
		posting.failTransiently("503 Service Unavailable", NOW, BACKOFF, () -> 0.5);

		assertThat(posting.status()).isEqualTo(PostingStatus.PENDING);
		assertThat(posting.lastError()).isEqualTo("503 Service Unavailable");
		assertThat(posting.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
		assertThat(posting.isClaimable(NOW.plusSeconds(4))).isFalse();

		posting.claim(NOW.plusSeconds(5), NOW.plusSeconds(65));
		posting.failTransiently("timeout", NOW.plusSeconds(6), BACKOFF, () -> 0.0);
		assertThat(posting.nextAttemptAt()).as("10 s less 20 %").isEqualTo(NOW.plusSeconds(6 + 8));
	}

	@Test
	void aPermanentFailureParksThePostingWithItsReason() {
		posting.claim(NOW, NOW.plusSeconds(60));
		posting.failPermanently("422 partner_id is required");

		assertThat(posting.status()).isEqualTo(PostingStatus.PARKED);
		assertThat(posting.lastError()).isEqualTo("422 partner_id is required");
		assertThat(posting.isClaimable(NOW.plusSeconds(3600))).isFalse();
		assertThat(posting.status().holdsBackItsKey()).isTrue();
	}

	@Test
	void anOperatorRetriesAParkedPostingNow() {
		posting.claim(NOW, NOW.plusSeconds(60));
		posting.failPermanently("401 Unauthorized");

		posting.retry(NOW.plusSeconds(600));

		assertThat(posting.status()).isEqualTo(PostingStatus.PENDING);
		assertThat(posting.isClaimable(NOW.plusSeconds(600))).isTrue();
		assertThat(posting.lastError()).as("kept until the next attempt tells more").isEqualTo("401 Unauthorized");
	}

	@Test
	void anOperatorParksAndCancelsWaitingPostings() {
		posting.park("wrong warehouse, checking with the supplier");
		assertThat(posting.status()).isEqualTo(PostingStatus.PARKED);
		assertThat(posting.lastError()).isEqualTo("Parked by an operator: wrong warehouse, checking with the supplier");

		posting.cancel("entered by hand in the ERP", NOW);
		assertThat(posting.status()).isEqualTo(PostingStatus.CANCELLED);
		assertThat(posting.status().holdsBackItsKey()).isFalse();
		assertThat(posting.lastError()).isEqualTo("Cancelled by an operator: entered by hand in the ERP");
	}

	@Test
	void outOfSequenceChangesAreRefused() {
		assertThatThrownBy(() -> posting.markSent(new ErpReference("X"), NOW))
			.isInstanceOf(PostingStateException.class)
			.hasMessageContaining("PENDING");
		assertThatThrownBy(() -> posting.failTransiently("x", NOW, BACKOFF, () -> 0.5))
			.isInstanceOf(PostingStateException.class);
		assertThatThrownBy(() -> posting.failPermanently("x")).isInstanceOf(PostingStateException.class);
		assertThatThrownBy(posting::release).isInstanceOf(PostingStateException.class);

		posting.claim(NOW, NOW.plusSeconds(60));
		assertThatThrownBy(() -> posting.park("x")).as("it is being sent").isInstanceOf(PostingStateException.class);
		assertThatThrownBy(() -> posting.cancel("x", NOW)).isInstanceOf(PostingStateException.class);
		assertThatThrownBy(() -> posting.retry(NOW)).isInstanceOf(PostingStateException.class);

		posting.markSent(new ErpReference("X"), NOW);
		assertThatThrownBy(() -> posting.retry(NOW)).isInstanceOf(PostingStateException.class);
		assertThatThrownBy(() -> posting.cancel("x", NOW)).isInstanceOf(PostingStateException.class);
		assertThatThrownBy(() -> posting.park("x")).isInstanceOf(PostingStateException.class);
		assertThatThrownBy(() -> posting.claim(NOW.plusSeconds(3600), NOW.plusSeconds(3660)))
			.isInstanceOf(PostingStateException.class);
	}

	@Test
	void aReleasedPostingIsDueAgainAndTheAttemptDoesNotCount() {
		posting.claim(NOW, NOW.plusSeconds(60));
		posting.release();

		assertThat(posting.status()).isEqualTo(PostingStatus.PENDING);
		assertThat(posting.attempts()).isZero();
		assertThat(posting.isClaimable(NOW)).isTrue();
	}

	@Test
	void aPostingKeepsItsIdentityThroughASnapshot() {
		posting.claim(NOW, NOW.plusSeconds(60));
		var restored = Posting.restore(posting.snapshot());

		assertThat(restored).isEqualTo(posting);
		assertThat(restored.snapshot()).isEqualTo(posting.snapshot());
	}

	@Test
	void refusesAPostingWithoutKeysOrWithANonPositiveSequence() {
		assertThatThrownBy(() -> SamplePayloads.posting(SamplePayloads.shipment("SO-1", 1), "SO:1", 0, "e", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SamplePayloads.posting(SamplePayloads.shipment("SO-1", 1), " ", 1, "e", NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
