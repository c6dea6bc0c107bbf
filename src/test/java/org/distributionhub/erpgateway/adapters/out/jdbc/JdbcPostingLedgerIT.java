package org.distributionhub.erpgateway.adapters.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.distributionhub.erpgateway.SamplePayloads;
import org.distributionhub.erpgateway.domain.ErpReference;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingKeys;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.ports.out.PostingLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger's claim rules and its guards against a second instance, on H2 and on PostgreSQL. */
@SpringBootTest(properties = "hub.erp.dispatch.enabled=false")
class JdbcPostingLedgerIT {

	@Autowired
	PostingLedger ledger;

	@Autowired
	PlatformTransactionManager transactions;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@Test
	void onlyTheFirstUnfinishedPostingOfEachKeyIsClaimable() {
		var a1 = add("A", 1);
		add("A", 2);
		var b1 = add("B", 1);

		assertThat(claimable()).containsExactlyInAnyOrder(a1.id(), b1.id());

		a1.claim(now, now.plusSeconds(60));
		a1 = ledger.update(a1).orElseThrow();
		assertThat(claimable()).as("A is in flight").containsExactly(b1.id());

		a1.markSent(new ErpReference("DOC-1"), now);
		ledger.update(a1).orElseThrow();
		assertThat(claimable()).hasSize(2).contains(b1.id()).doesNotContain(a1.id());
	}

	@Test
	void aParkedPostingHoldsBackItsKeyAndACancelledOneNoLonger() {
		var a1 = add("A", 1);
		var a2 = add("A", 2);
		a1.claim(now, now.plusSeconds(60));
		a1 = ledger.update(a1).orElseThrow();
		a1.failPermanently("422 invalid");
		a1 = ledger.update(a1).orElseThrow();

		assertThat(claimable()).isEmpty();

		a1.cancel("done by hand", now);
		ledger.update(a1).orElseThrow();
		assertThat(claimable()).containsExactly(a2.id());
	}

	@Test
	void aPostingWaitingForItsNextAttemptIsNotClaimableBeforeItIsDue() {
		var a1 = add("A", 1);
		a1.claim(now, now.plusSeconds(60));
		a1 = ledger.update(a1).orElseThrow();
		a1.failTransiently("503", now, new org.distributionhub.shared.Backoff(java.time.Duration.ofMinutes(1),
				2, java.time.Duration.ofMinutes(5), 0), () -> 0.5);
		ledger.update(a1).orElseThrow();

		assertThat(claimable(now.plusSeconds(59))).isEmpty();
		assertThat(claimable(now.plusSeconds(60))).containsExactly(a1.id());
	}

	@Test
	void aPostingWhoseLeaseRanOutCanBeTakenOverAndTheFirstClaimantCanNoLongerStoreItsOutcome() {
		var a1 = add("A", 1);
		a1.claim(now, now.plusSeconds(10));
		var claimedByFirst = ledger.update(a1).orElseThrow();

		assertThat(claimable(now.plusSeconds(10))).isEmpty();
		var claimable = inTransaction(() -> ledger.lockClaimable(now.plusSeconds(11), 10_000));
		var takenOver = claimable.stream().filter(it -> it.id().equals(a1.id())).findFirst().orElseThrow();
		takenOver.claim(now.plusSeconds(11), now.plusSeconds(21));
		ledger.update(takenOver).orElseThrow();

		claimedByFirst.markSent(new ErpReference("DOC-1"), now.plusSeconds(12));
		assertThat(ledger.update(claimedByFirst)).as("the first claimant's lease is gone").isEmpty();
		assertThat(ledger.find(a1.id()).orElseThrow().attempts()).isEqualTo(2);
	}

	@Test
	void aSecondInstanceSkipsThePostingsTheFirstIsClaimingInsteadOfWaiting() throws Exception {
		var ids = IntStream.range(0, 6).mapToObj(i -> add("K" + i, 1).id()).toList();
		var firstHolds = new CountDownLatch(1);
		var secondDone = new CountDownLatch(1);
		var first = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
			var locked = mine(ledger.lockClaimable(now, 10_000));
			firstHolds.countDown();
			await(secondDone);
			return locked;
		}));
		await(firstHolds);
		var second = inTransaction(() -> mine(ledger.lockClaimable(now, 10_000)));
		secondDone.countDown();

		assertThat(first.get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(second).isEmpty();
		assertThat(claimable()).as("free again once the first transaction ended").containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void aPostingAddedTwiceIsRefusedByItsIdempotencyKeyOrItsPlaceInTheSequence() {
		var a1 = add("A", 1);
		var sameEvent = SamplePayloads.posting(SamplePayloads.of(PostingType.SHIPMENT), key("A"), 2, a1.idempotencyKey(),
				now);
		var samePlace = SamplePayloads.posting(SamplePayloads.of(PostingType.SHIPMENT), key("A"), 1,
				UUID.randomUUID().toString(), now);

		assertThat(inTransaction(() -> List.of(ledger.add(sameEvent), ledger.add(samePlace))))
			.containsExactly(false, false);
		assertThat(ledger.byBusinessKey(key("A"))).extracting(Posting::id).containsExactly(a1.id());
	}

	@Test
	void anAppendedPostingTakesTheNextPlaceOfItsKeyAndOnlyOnce() {
		var payload = SamplePayloads.of(PostingType.GOODS_RECEIPT);
		var first = ledger.append(UUID.randomUUID(), payload, new PostingKeys(key("A"), run + "-1"), now).orElseThrow();
		add("A", 2);
		var third = ledger.append(UUID.randomUUID(), payload, new PostingKeys(key("A"), run + "-3"), now).orElseThrow();
		var again = ledger.append(UUID.randomUUID(), payload, new PostingKeys(key("A"), run + "-1"), now);

		assertThat(first.sequence()).isEqualTo(1);
		assertThat(third.sequence()).isEqualTo(3);
		assertThat(again).as("its idempotency key is taken").isEmpty();
		assertThat(ledger.find(third.id()).orElseThrow().snapshot()).isEqualTo(third.snapshot());
		assertThat(ledger.byBusinessKey(key("A"))).extracting(Posting::sequence).containsExactly(1L, 2L, 3L);
	}

	private Posting add(String key, long sequence) {
		var posting = SamplePayloads.posting(SamplePayloads.of(PostingType.GOODS_RECEIPT), key(key), sequence,
				UUID.randomUUID().toString(), now);
		assertThat(ledger.add(posting)).isTrue();
		return ledger.find(posting.id()).orElseThrow();
	}

	private String key(String key) {
		return "PO:" + run + "-" + key;
	}

	private List<UUID> claimable() {
		return claimable(now);
	}

	private List<UUID> claimable(Instant at) {
		return inTransaction(() -> mine(ledger.lockClaimable(at, 10_000)));
	}

	private List<UUID> mine(List<Posting> postings) {
		return postings.stream().filter(it -> it.businessKey().startsWith("PO:" + run)).map(Posting::id).toList();
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(status -> work.get());
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
