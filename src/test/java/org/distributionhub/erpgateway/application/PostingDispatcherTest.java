package org.distributionhub.erpgateway.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.distributionhub.erpgateway.RecordingErp;
import org.distributionhub.erpgateway.RecordingErp.Behaviour;
import org.distributionhub.erpgateway.SamplePayloads;
import org.distributionhub.erpgateway.api.ManagePostings.PostingActionCommand;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.domain.CustomerInvoice;
import org.distributionhub.erpgateway.domain.MovementLine;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingRequest;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.domain.Shipment;
import org.distributionhub.erpgateway.domain.UnreadablePayload;
import org.distributionhub.erpgateway.ports.in.DispatchPostings.DispatchRound;
import org.distributionhub.erpgateway.ports.in.RecordPosting.PostingPrerequisiteMissing;
import org.distributionhub.erpgateway.ports.out.DispatchOutcomes;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.platform.api.AdminAuditEntryView;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.correlation.TraceHandoff;
import org.distributionhub.shared.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

/** The use cases over an in-memory ledger and ERP, with a clock the test moves. */
class PostingDispatcherTest {

	private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

	private final InMemoryPostingLedger ledger = new InMemoryPostingLedger();
	private final RecordingErp erp = new RecordingErp(0);
	private final CircuitBreakerRegistry circuits = CircuitBreakerRegistry.ofDefaults();
	private final List<String> audited = new ArrayList<>();
	private final MovableClock time = new MovableClock(START);

	private final ErpGatewayProperties properties = new ErpGatewayProperties(
			new ErpGatewayProperties.Dispatch(true, Duration.ofSeconds(1), 2, 10, Duration.ofMinutes(5)),
			new ErpGatewayProperties.Retry(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5), 0.0));

	private final CountedOutcomes outcomes = new CountedOutcomes();
	private final ErpStatusBoard board = new ErpStatusBoard();

	private final PostingDispatcher dispatcher = new PostingDispatcher(ledger, erp,
			new ErpCallGuard(circuits, RateLimiterRegistry.ofDefaults()), new NoTransactions(), properties, time,
			outcomes, board, TraceHandoff.NONE);
	private final PostingRecorder recorder = new PostingRecorder(ledger, time, TraceHandoff.NONE);
	private final PostingAdministration administration = new PostingAdministration(ledger, new ListAudit(), time);

	@AfterEach
	void stop() {
		dispatcher.stop();
	}

	@Test
	void eachRoundSendsTheNextPostingOfEveryKey() {
		var a1 = record("PO:1");
		var a2 = record("PO:1");
		var b1 = record("PO:2");

		assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(2, 2, 0, 0, 0, false));
		assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(1, 1, 0, 0, 0, false));
		assertThat(dispatcher.dispatchDue().claimed()).isZero();

		assertThat(erp.arrivals("PO:1")).containsExactly(1L, 2L);
		assertThat(List.of(a1, a2, b1)).allSatisfy(it -> assertThat(status(it)).isEqualTo("SENT"));
	}

	@Test
	void aTransientFailureComesBackAfterTheBackoffAndHoldsBackItsKeyMeanwhile() {
		var first = record("PO:1");
		record("PO:1");
		erp.behave(posting -> Behaviour.DOWN);

		assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(1, 0, 1, 0, 0, false));
		erp.behave(posting -> Behaviour.ACCEPT);
		time.advance(Duration.ofSeconds(9));
		assertThat(dispatcher.dispatchDue().claimed()).as("neither it nor the next of its key").isZero();

		time.advance(Duration.ofSeconds(1));
		assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchRound(1, 1, 0, 0, 0, false));
		assertThat(ledger.find(first.id()).orElseThrow().attempts()).isEqualTo(2);
		assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
		assertThat(outcomes.counts).containsEntry("retrying", 1).containsEntry("sent", 2);
		assertThat(board.lastFailure().reason()).isEqualTo("503 Service Unavailable");
		assertThat(board.lastFailure().kind()).isEqualTo("transient");
		assertThat(board.lastSuccess()).isEqualTo(START.plusSeconds(10));
	}

	@Test
	void aStoredPayloadTheLedgerCouldNotReadIsParkedWithItsProblemWithoutCallingTheErp() {
		var unreadable = new UnreadablePayload(PostingType.CUSTOMER_INVOICE, "{\"lines\":[{}]}",
				"Posting payload: lines[0].sku is missing");
		var posting = recorder.record(SamplePayloads.request(unreadable, "SO:7", "invoice:7:INV-1"));

		assertThat(dispatcher.dispatchDue().parked()).isEqualTo(1);
		var parked = ledger.find(posting.id()).orElseThrow();
		assertThat(parked.lastError()).isEqualTo("Posting payload: lines[0].sku is missing");
		assertThat(erp.calls()).isZero();
	}

	@Test
	void aPermanentFailureParksAndAnOperatorsRetrySendsItAgainWithAnAuditEntry() {
		var posting = record("PO:1");
		erp.refuse("PO:1");

		assertThat(dispatcher.dispatchDue().parked()).isEqualTo(1);
		assertThat(dispatcher.dispatchDue().claimed()).isZero();

		erp.refuse(null);
		var retried = administration.retry(new PostingActionCommand(posting.id(), "olga", "partner fixed"));
		assertThat(retried.status()).isEqualTo("PENDING");
		assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
		assertThat(audited).containsExactly("olga erp-posting.retry partner fixed: now PENDING");
	}

	@Test
	void nothingIsClaimedWhileTheCircuitIsOpen() {
		var posting = record("PO:1");
		circuits.circuitBreaker(ErpCallGuard.INSTANCE).transitionToForcedOpenState();

		assertThat(dispatcher.dispatchDue()).isEqualTo(DispatchRound.skipped());
		assertThat(status(posting)).isEqualTo("PENDING");
		assertThat(erp.calls()).isZero();

		circuits.circuitBreaker(ErpCallGuard.INSTANCE).transitionToClosedState();
		assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
	}

	@Test
	void theSameEventRecordedTwiceIsOnePosting() {
		String event = UUID.randomUUID().toString();
		var first = recorder.record(SamplePayloads.request(SamplePayloads.shipment("SO-9", 1), "SO:9", event));
		var again = recorder.record(SamplePayloads.request(SamplePayloads.shipment("SO-9", 2), "SO:9", event));

		assertThat(again).isEqualTo(first);
		assertThat(ledger.byBusinessKey("SO:9")).hasSize(1);
	}

	@Test
	void aPostingThatRequiresAnotherIsRecordedOnlyAfterIt() {
		var invoice = PostingRequest.customerInvoice(new CustomerInvoice("SO-9", "CUST-7", null, null, "9", "web",
				"INV-1", List.of("SHP-1"), null, List.of(new CustomerInvoice.Line(1, "A-1", BigDecimal.ONE, "EA", null))));

		assertThatThrownBy(() -> recorder.record(invoice)).isInstanceOf(PostingPrerequisiteMissing.class)
			.hasMessage("The customer invoice invoice:9:INV-1 of SO:9 is waiting for the shipment posting of SHP-1 "
					+ "(shipment:9:SHP-1)");
		assertThat(ledger.byBusinessKey("SO:9")).isEmpty();

		var shipment = recorder.record(PostingRequest.shipment(new Shipment("SO-9", null, "9", "web", "CUST-7", "SHP-1",
				"WH-1", null, List.of(new MovementLine("1", "A-1", BigDecimal.ONE, "EA")))));
		var recorded = recorder.record(invoice);
		assertThat(recorded.sequence()).isEqualTo(shipment.sequence() + 1);
		assertThat(recorder.record(invoice)).as("recorded once").isEqualTo(recorded);
	}

	private PostingView record(String key) {
		return recorder.record(SamplePayloads.request(PostingType.GOODS_RECEIPT, key));
	}

	private String status(PostingView posting) {
		return ledger.find(posting.id()).orElseThrow().status().name();
	}

	private final class ListAudit implements AdminAudit {

		@Override
		public AdminAuditEntryView record(String actor, String action, String target, String reason, String outcome) {
			audited.add(actor + " " + action + " " + reason + ": " + outcome);
			return new AdminAuditEntryView(audited.size(), time.instant(), actor, action, target, reason, outcome);
		}

		@Override
		public PageOf<AdminAuditEntryView> find(int page, int size) {
			throw new UnsupportedOperationException();
		}
	}

	/** Counts outcomes by name, as the metrics adapter does. */
	private static final class CountedOutcomes implements DispatchOutcomes {

		final Map<String, Integer> counts = new ConcurrentHashMap<>();

		@Override
		public void sent(Posting posting) {
			counts.merge("sent", 1, Integer::sum);
		}

		@Override
		public void failed(Posting posting, ErpResult failure) {
			counts.merge(failure instanceof ErpResult.TransientFailure ? "retrying" : "parked", 1, Integer::sum);
		}

		@Override
		public void released(Posting posting) {
			counts.merge("released", 1, Integer::sum);
		}
	}

	private static final class NoTransactions implements PlatformTransactionManager {

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
		}
	}
}
