package org.distributionhub.erpgateway.adapters.out.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.distributionhub.erpgateway.LedgerThatFailsOnce;
import org.distributionhub.erpgateway.SamplePayloads;
import org.distributionhub.erpgateway.VendorBillEvents;
import org.distributionhub.erpgateway.adapters.out.payload.PostingPayloadJson;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.application.TestRecorder;
import org.distributionhub.erpgateway.domain.Posting;
import org.distributionhub.erpgateway.domain.PostingStatus;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.erpgateway.ports.out.ErpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub posting through the generic REST adapter to a stateful ERP on a real port: retries that create one
 * document, refusals that park, an outage that loses nothing, and a crash between the ERP's success and our commit.
 */
@SpringBootTest(properties = { "hub.erp.adapter=rest", "hub.erp.dispatch.enabled=false", "hub.erp.dispatch.lease=1s",
		"hub.erp.retry.initial-backoff=20ms", "hub.erp.retry.max-backoff=200ms",
		"hub.erp.rest.read-timeout=400ms", "hub.erp.rest.headers[Authorization]=Bearer " + ErpStub.TOKEN,
		"hub.erp.rest.postings.GOODS_RECEIPT.url=/api/receipts",
		"hub.erp.rest.postings.GOODS_RECEIPT.body={\"reference\":\"${idempotencyKey}\",\"businessKey\":\"${businessKey}\",\"sequence\":${sequence},\"receipt\":${payload}}",
		"hub.erp.rest.postings.GOODS_RECEIPT.lookup-url=/api/receipts?reference=${idempotencyKey}",
		"hub.erp.rest.postings.VENDOR_BILL.url=/api/vendor-bills",
		"hub.erp.rest.postings.VENDOR_BILL.body={\"reference\":\"${idempotencyKey}\",\"businessKey\":\"${businessKey}\",\"sequence\":${sequence},\"bill\":${payload}}",
		"hub.erp.rest.postings.VENDOR_BILL.lookup-url=/api/vendor-bills?reference=${idempotencyKey}",
		"hub.events.retry.max-attempts=10",
		"resilience4j.circuitbreaker.instances.erp.sliding-window-size=10",
		"resilience4j.circuitbreaker.instances.erp.minimum-number-of-calls=10",
		"resilience4j.circuitbreaker.instances.erp.wait-duration-in-open-state=2s" })
@Import(LedgerThatFailsOnce.class)
class RestErpIT {

	static final ErpStub ERP = start();

	@DynamicPropertySource
	static void erp(DynamicPropertyRegistry properties) {
		properties.add("hub.erp.rest.base-url", () -> ERP.baseUrl().toString());
	}

	@AfterAll
	static void stop() {
		ERP.close();
	}

	@Autowired
	RecordPosting record;

	@Autowired
	DispatchPostings dispatch;

	@Autowired
	ApplicationContext context;

	@Autowired
	FindPostings postings;

	@Autowired
	CircuitBreakerRegistry circuits;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void erpIsUp() {
		ERP.down(false);
		ERP.slow(0);
		ERP.failNext(0, 503);
		ERP.acceptToken(ErpStub.TOKEN);
		circuits.circuitBreaker("erp").reset();
	}

	@Test
	void aMatchedInvoiceIsBilledOnceAfterItsReceiptThroughAnOutage() {
		String po = "PO-" + run;
		var events = new VendorBillEvents(context);
		var invoice = VendorBillEvents.invoice(po, "INV-" + run, "10", "A-1", 4, "R-" + run);
		events.publish(invoice);
		events.publish(VendorBillEvents.receipt(po, "R-" + run, "10", "A-1", 4));
		events.awaitRecorded(po, 2);
		events.publish(invoice);
		// An outage for as long as it takes the receipt to fail twice (a drain also sends what other tests left due,
		// so a count of failed requests would not say which posting they hit).
		ERP.down(true);
		events.dispatchUntil(() -> events.of(po).get(0).attempts() >= 2);
		assertThat(events.of(po).get(1).attempts()).as("the bill never goes before its receipt").isZero();
		ERP.down(false);

		events.drain(po, 2);

		assertThat(ERP.arrivals("PO:" + po)).containsExactly(1L, 2L);
		assertThat(postings.byBusinessKey("PO:" + po)).extracting(PostingView::type)
			.containsExactly("GOODS_RECEIPT", "VENDOR_BILL");
		assertThat(postings.byBusinessKey("PO:" + po).get(0).attempts()).isGreaterThanOrEqualTo(3);
		assertThat(postings.byBusinessKey("PO:" + po).get(1).attempts()).isEqualTo(1);
		assertThat(ERP.documentsFor("bill:ACME:INV-" + run)).isEqualTo(1);
		var bill = ERP.body("bill:ACME:INV-" + run).path("bill");
		assertThat(bill.path("supplierId").asString()).isEqualTo("ACME");
		assertThat(bill.path("invoiceNumber").asString()).isEqualTo("INV-" + run);
		assertThat(bill.path("poNumber").asString()).isEqualTo(po);
		assertThat(bill.path("creditNote").asBoolean()).isFalse();
		assertThat(bill.path("invoiceDate").asString()).isEqualTo("2026-11-30");
		assertThat(bill.path("lines").get(0).path("unitPrice").decimalValue()).isEqualByComparingTo("9.50");
		assertThat(bill.path("charges").get(0).path("kind").asString()).isEqualTo("TAX");
		assertThat(bill.path("receipts").get(0).path("receiptId").asString()).isEqualTo("R-" + run);
	}

	@Test
	void aServiceUnavailableThenSuccessCreatesOneDocument() {
		var posting = record("PO:" + run);
		ERP.failNext(1, 503);

		drain(posting);

		var sent = postings.find(posting.id()).orElseThrow();
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(sent.erpReference()).startsWith("REC-");
		assertThat(ERP.documentsFor(posting.idempotencyKey())).isEqualTo(1);
	}

	@Test
	void rejectedCredentialsParkThePostingWithoutRetrying() {
		var posting = record("PO:" + run);
		ERP.acceptToken("rotated-token");
		int postsBefore = ERP.posts();

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return status(posting) == PostingStatus.PARKED;
		});
		for (int round = 0; round < 3; round++) {
			dispatch.dispatchDue();
		}

		var parked = postings.find(posting.id()).orElseThrow();
		assertThat(parked.lastError()).isEqualTo("HTTP 401: {\"message\":\"Invalid or expired token\"}");
		assertThat(parked.attempts()).isEqualTo(1);
		assertThat(ERP.posts() - postsBefore).isLessThanOrEqualTo(1);
		assertThat(ERP.documentsFor(posting.idempotencyKey())).isZero();
	}

	@Test
	void aValidationErrorParksThePostingWithTheErpsMessage() {
		var posting = TestRecorder.record(record, SamplePayloads.request(SamplePayloads.goodsReceipt("PO-1", 0), "PO:" + run,
				UUID.randomUUID().toString()));

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return status(posting) == PostingStatus.PARKED;
		});

		assertThat(postings.find(posting.id()).orElseThrow().lastError())
			.isEqualTo("HTTP 422: {\"message\":\"quantities must be positive\"}");
	}

	@Test
	void aPostingTypeWithoutEndpointIsParkedSayingWhichSettingIsMissing() {
		var posting = TestRecorder.record(record, SamplePayloads.request(PostingType.CUSTOMER_INVOICE, "SO:" + run));

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return status(posting) == PostingStatus.PARKED;
		});

		assertThat(postings.find(posting.id()).orElseThrow().lastError())
			.isEqualTo("No REST endpoint for CUSTOMER_INVOICE (hub.erp.rest.postings.CUSTOMER_INVOICE)");
	}

	@Test
	void aSlowErpTimesOutAndTheRetryFindsTheDocumentItCreatedAnyway() {
		var posting = record("PO:" + run);
		ERP.slow(800);
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return postings.find(posting.id()).orElseThrow().attempts() >= 1 && status(posting) == PostingStatus.PENDING;
		});
		assertThat(postings.find(posting.id()).orElseThrow().lastError()).startsWith("ERP not reachable");
		await().atMost(Duration.ofSeconds(5)).until(() -> ERP.documentsFor(posting.idempotencyKey()) == 1);
		ERP.slow(0);

		drain(posting);

		assertThat(ERP.documentsFor(posting.idempotencyKey())).isEqualTo(1);
	}

	@Test
	void anOutageUnderLoadLosesNothingAndRecoveryDrainsInOrderPerKey() {
		var keys = IntStream.range(0, 8).mapToObj(i -> "PO:" + run + "-" + i).toList();
		var recorded = IntStream.rangeClosed(1, 5).boxed().flatMap(sequence -> keys.stream().map(this::record)).toList();
		ERP.down(true);

		await().atMost(Duration.ofSeconds(20)).until(() -> dispatch.dispatchDue().circuitOpen());
		assertThat(recorded).allSatisfy(it -> assertThat(status(it)).isEqualTo(PostingStatus.PENDING));

		ERP.down(false);
		recorded.forEach(this::drain);

		assertThat(keys).allSatisfy(key -> assertThat(ERP.arrivals(key)).containsExactly(1L, 2L, 3L, 4L, 5L));
		assertThat(recorded).allSatisfy(it -> assertThat(ERP.documentsFor(it.idempotencyKey())).isEqualTo(1));
	}

	@Test
	void aCrashBetweenTheErpsSuccessAndOurCommitCreatesNoDuplicate() {
		var posting = record("PO:" + run);
		LedgerThatFailsOnce.MARK_SENT_FAILS_FOR.add(posting.businessKey());

		dispatch.dispatchDue();
		assertThat(ERP.documentsFor(posting.idempotencyKey())).isEqualTo(1);
		assertThat(status(posting)).as("the outcome was not stored").isEqualTo(PostingStatus.IN_FLIGHT);
		int lookupsBefore = ERP.lookups();

		drain(posting);

		var sent = postings.find(posting.id()).orElseThrow();
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(ERP.lookups()).isGreaterThan(lookupsBefore);
		assertThat(ERP.documentsFor(posting.idempotencyKey())).isEqualTo(1);
	}

	@Test
	void aRefusedConnectionIsTransient() throws IOException {
		int closedPort;
		try (var socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		var properties = new RestErpProperties(java.net.URI.create("http://127.0.0.1:" + closedPort),
				Duration.ofSeconds(1), Duration.ofSeconds(1), "X-Hub-Reference", Map.of(),
				Map.of(PostingType.GOODS_RECEIPT, new RestErpProperties.Endpoint("/api/receipts", "{}", "/x", "id")));
		var posting = SamplePayloads.posting(SamplePayloads.of(PostingType.GOODS_RECEIPT), "PO:1", 1, "k", Instant.now());

		var result = new RestErpClient(properties, JsonMapper.builder().build(), new PostingPayloadJson(),
				RestClient.builder()).send(posting);

		assertThat(result).isInstanceOf(ErpResult.TransientFailure.class);
		assertThat(((ErpResult.TransientFailure) result).reason()).startsWith("ERP not reachable");
	}

	private PostingView record(String key) {
		return TestRecorder.record(record, SamplePayloads.request(PostingType.GOODS_RECEIPT, key));
	}

	private PostingStatus status(PostingView posting) {
		return PostingStatus.valueOf(postings.find(posting.id()).orElseThrow().status());
	}

	private void drain(PostingView posting) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
			dispatch.dispatchDue();
			return status(posting) == PostingStatus.SENT;
		});
	}

	private static ErpStub start() {
		try {
			return new ErpStub();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
