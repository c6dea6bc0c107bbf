package org.distributionhub.erpgateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.distributionhub.erpgateway.RecordingErp.Behaviour;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.ManagePostings;
import org.distributionhub.erpgateway.api.ManagePostings.PostingActionCommand;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.application.TestRecorder;
import org.distributionhub.erpgateway.domain.PostingStateException;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.platform.api.AdminAudit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * Dispatch rounds against the real ledger (H2 or PostgreSQL) and an ERP that records what reaches it: order per
 * business key, parked postings and operators' actions, lost answers, and an outage that opens the circuit.
 */
@SpringBootTest(properties = { "hub.erp.adapter=recording", "hub.erp.dispatch.enabled=false",
		"hub.erp.dispatch.concurrency=4", "hub.erp.dispatch.batch-size=16", "hub.erp.retry.initial-backoff=20ms",
		"hub.erp.retry.max-backoff=200ms", "hub.erp.retry.jitter=0.1",
		"resilience4j.circuitbreaker.instances.erp.sliding-window-size=10",
		"resilience4j.circuitbreaker.instances.erp.minimum-number-of-calls=10",
		"resilience4j.circuitbreaker.instances.erp.wait-duration-in-open-state=3s" })
@Import(DispatchIT.Erp.class)
class DispatchIT {

	@Autowired
	RecordPosting record;

	@Autowired
	DispatchPostings dispatch;

	@Autowired
	FindPostings postings;

	@Autowired
	ManagePostings manage;

	@Autowired
	AdminAudit audit;

	@Autowired
	RecordingErp erp;

	@Autowired
	CircuitBreakerRegistry circuits;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void erpIsUp() {
		erp.behave(posting -> Behaviour.ACCEPT);
		erp.refuse(null);
		circuits.circuitBreaker("erp").reset();
	}

	@Test
	void postingsOfOneKeyReachTheErpInOrderWhileKeysGoInParallel() {
		var keys = IntStream.range(0, 12).mapToObj(i -> "PO:" + run + "-" + i).toList();
		var recorded = new ArrayList<PostingView>();
		for (int sequence = 1; sequence <= 8; sequence++) {
			for (String key : keys) {
				recorded.add(record(key, "GOODS_RECEIPT"));
			}
		}
		erp.behave(posting -> ThreadLocalRandom.current().nextInt(6) == 0 ? Behaviour.DOWN : Behaviour.ACCEPT);

		drain(keys);

		for (String key : keys) {
			assertThat(erp.arrivals(key)).as(key).containsExactlyElementsOf(LongStream.rangeClosed(1, 8).boxed().toList());
			assertThat(postings.byBusinessKey(key)).allSatisfy(it -> {
				assertThat(it.status()).isEqualTo("SENT");
				assertThat(it.erpReference()).isEqualTo("DOC-" + it.idempotencyKey());
			});
		}
		assertThat(recorded).allSatisfy(it -> assertThat(erp.creations(it.idempotencyKey())).isEqualTo(1));
		assertThat(erp.overlaps()).isEmpty();
		assertThat(erp.maxConcurrent()).as("keys are sent in parallel").isBetween(2, 4);
	}

	@Test
	void recordingTheSameEventTwiceRecordsOnePosting() {
		String key = "SO:" + run;
		String event = UUID.randomUUID().toString();
		var first = TestRecorder.record(record, SamplePayloads.request(SamplePayloads.shipment("SO-1", 1), key, event));
		var again = TestRecorder.record(record, SamplePayloads.request(SamplePayloads.shipment("SO-1", 2), key, event));
		var next = record(key, "CUSTOMER_INVOICE");

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(postings.byBusinessKey(key)).extracting(PostingView::sequence, PostingView::idempotencyKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, event),
					org.assertj.core.groups.Tuple.tuple(2L, next.idempotencyKey()));
	}

	@Test
	void aRefusedPostingIsParkedWithItsReasonAndHoldsBackItsKeyUntilAnOperatorActs() {
		String key = "PO:" + run + "-refused";
		var first = record(key, "PO_ACKNOWLEDGEMENT_UPDATE");
		var second = record(key, "GOODS_RECEIPT");
		var third = record(key, "GOODS_RECEIPT");
		erp.refuse(key);

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return status(first).equals("PARKED");
		});
		for (int round = 0; round < 5; round++) {
			dispatch.dispatchDue();
		}

		assertThat(postings.find(first.id()).orElseThrow().lastError()).isEqualTo("422 partner_id is required");
		assertThat(postings.find(first.id()).orElseThrow().attempts()).as("not retried").isEqualTo(1);
		assertThat(postings.parked(0, 1000)).extracting(PostingView::id).contains(first.id());
		assertThat(List.of(status(second), status(third))).containsOnly("PENDING");
		assertThat(erp.arrivals(key)).isEmpty();

		assertThatThrownBy(() -> manage.park(new PostingActionCommand(first.id(), "olga", "look at it")))
			.isInstanceOf(PostingStateException.class);
		erp.refuse(null);
		var cancelled = manage.cancel(new PostingActionCommand(first.id(), "olga", "entered by hand in the ERP"));
		assertThat(cancelled.status()).isEqualTo("CANCELLED");
		drain(List.of(key), 2);

		assertThat(erp.arrivals(key)).containsExactly(2L, 3L);
		assertThat(audit.find(0, 50).items()).anySatisfy(it -> {
			assertThat(it.actor()).isEqualTo("olga");
			assertThat(it.action()).isEqualTo("erp-posting.cancel");
			assertThat(it.target()).contains(first.id().toString()).contains(key + " #1");
			assertThat(it.reason()).isEqualTo("entered by hand in the ERP");
			assertThat(it.outcome()).isEqualTo("now CANCELLED");
		}).anySatisfy(it -> {
			assertThat(it.action()).isEqualTo("erp-posting.park");
			assertThat(it.outcome()).startsWith("refused: Cannot park");
		});
	}

	@Test
	void anOperatorRetriesAParkedPostingOnceTheDataIsFixed() {
		String key = "SO:" + run + "-retry";
		var posting = record(key, "CUSTOMER_INVOICE");
		erp.refuse(key);
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return status(posting).equals("PARKED");
		});
		erp.refuse(null);

		manage.retry(new PostingActionCommand(posting.id(), "olga", "customer's VAT id corrected"));
		drain(List.of(key), 1);

		assertThat(postings.find(posting.id()).orElseThrow().attempts()).isEqualTo(2);
		assertThat(erp.creations(posting.idempotencyKey())).isEqualTo(1);
	}

	@Test
	void anAnswerLostAfterTheErpAcceptedCreatesNoDuplicate() {
		String key = "PO:" + run + "-lost";
		var posting = record(key, "GOODS_RECEIPT");
		erp.behave(it -> erp.creations(it.idempotencyKey()) == 0 ? Behaviour.ACCEPT_BUT_LOSE_ANSWER
				: Behaviour.ACCEPT);

		drain(List.of(key), 1);

		var sent = postings.find(posting.id()).orElseThrow();
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(sent.erpReference()).isEqualTo("DOC-" + posting.idempotencyKey());
		assertThat(erp.creations(posting.idempotencyKey())).isEqualTo(1);
	}

	@Test
	void aDownErpOpensTheCircuitQueuesEverythingAndDrainsInOrderOnceItIsBack() {
		var keys = IntStream.range(0, 6).mapToObj(i -> "PO:" + run + "-outage-" + i).toList();
		for (int sequence = 1; sequence <= 4; sequence++) {
			keys.forEach(key -> record(key, "GOODS_RECEIPT"));
		}
		erp.behave(posting -> Behaviour.DOWN);

		await().atMost(Duration.ofSeconds(20)).until(() -> dispatch.dispatchDue().circuitOpen());
		int callsWhileOpen = erp.calls();
		var skipped = dispatch.dispatchDue();

		assertThat(skipped.claimed()).isZero();
		assertThat(erp.calls()).isEqualTo(callsWhileOpen);
		assertThat(circuits.circuitBreaker("erp").getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(keys).allSatisfy(key -> assertThat(postings.byBusinessKey(key)).hasSize(4)
			.allSatisfy(it -> assertThat(it.status()).isEqualTo("PENDING")));

		erp.behave(posting -> Behaviour.ACCEPT);
		drain(keys);

		assertThat(circuits.circuitBreaker("erp").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(keys).allSatisfy(key -> assertThat(erp.arrivals(key)).containsExactly(1L, 2L, 3L, 4L));
	}

	private PostingView record(String key, String type) {
		return TestRecorder.record(record, SamplePayloads.request(PostingType.valueOf(type), key));
	}

	private String status(PostingView posting) {
		return postings.find(posting.id()).orElseThrow().status();
	}

	private void drain(List<String> keys) {
		drain(keys, -1);
	}

	/** Runs rounds until every posting of the keys is sent, or exactly {@code expectedSentPerKey} of each. */
	private void drain(List<String> keys, int expectedSentPerKey) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> {
			dispatch.dispatchDue();
			return keys.stream().allMatch(key -> {
				var all = postings.byBusinessKey(key);
				long sent = all.stream().filter(it -> it.status().equals("SENT")).count();
				return expectedSentPerKey < 0 ? sent == all.size() : sent == expectedSentPerKey;
			});
		});
	}

	/** Imported, not scanned: the hubs other tests start from the same classpath must not pick it up. */
	static class Erp {

		@Bean
		RecordingErp recordingErp() {
			return new RecordingErp(5);
		}
	}
}
