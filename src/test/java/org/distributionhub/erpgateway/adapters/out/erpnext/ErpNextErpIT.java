package org.distributionhub.erpgateway.adapters.out.erpnext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.distributionhub.erpgateway.LedgerThatFailsOnce;
import org.distributionhub.erpgateway.SamplePayloads;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.application.TestRecorder;
import org.distributionhub.erpgateway.domain.PostingType;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * The hub posting to ERPNext through the ledger and the dispatcher: a 503 then success gives one invoice, a rejected
 * secret parks without retrying, a crash between ERPNext's success and our commit creates nothing twice, and a
 * refused posting waits with ERPNext's message while other documents go on.
 */
@SpringBootTest(properties = { "hub.erp.adapter=erpnext", "hub.erp.dispatch.enabled=false",
		"hub.erp.dispatch.lease=1s", "hub.erp.retry.initial-backoff=20ms", "hub.erp.retry.max-backoff=200ms",
		"hub.erp.erpnext.api-key=" + ErpNextStub.KEY, "hub.erp.erpnext.api-secret=" + ErpNextStub.SECRET,
		"hub.erp.purchase-orders.poll-interval=1h",
		"resilience4j.circuitbreaker.instances.erp.sliding-window-size=10",
		"resilience4j.circuitbreaker.instances.erp.minimum-number-of-calls=10" })
@Import(LedgerThatFailsOnce.class)
class ErpNextErpIT {

	static final ErpNextStub ERPNEXT = start();

	@DynamicPropertySource
	static void erpnext(DynamicPropertyRegistry properties) {
		properties.add("hub.erp.erpnext.base-url", ERPNEXT::baseUrl);
	}

	@AfterAll
	static void stop() {
		ERPNEXT.close();
	}

	@Autowired
	RecordPosting record;

	@Autowired
	DispatchPostings dispatch;

	@Autowired
	FindPostings postings;

	@Autowired
	CircuitBreakerRegistry circuits;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void erpNextIsUp() {
		ERPNEXT.awaitTheHubsCheckAtStart();
		ERPNEXT.reset();
		ERPNEXT.item("A-1");
		ERPNEXT.customer("C-77");
		ERPNEXT.supplier("ACME");
		circuits.circuitBreaker("erp").reset();
	}

	@Test
	void aServiceUnavailableThenSuccessSubmitsOneInvoice() {
		var posting = invoice("SO-" + run, "A-1");
		ERPNEXT.failNext(1, 503);

		drain(posting);

		var sent = postings.find(posting.id()).orElseThrow();
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(sent.erpReference()).startsWith("ACC-SINV-2026-");
		assertThat(invoicesCarrying(posting)).isEqualTo(1);
	}

	@Test
	void aRejectedSecretParksThePostingWithoutRetrying() {
		var posting = invoice("SO-" + run, "A-1");
		ERPNEXT.acceptSecret("rotated");

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return status(posting).equals("PARKED");
		});
		int requestsWhenParked = ERPNEXT.requests().size();
		for (int round = 0; round < 3; round++) {
			dispatch.dispatchDue();
		}

		var parked = postings.find(posting.id()).orElseThrow();
		assertThat(parked.attempts()).isEqualTo(1);
		assertThat(parked.lastError()).isEqualTo("ERPNext 401 on list Sales Invoice (AuthenticationError): "
				+ "frappe.exceptions.AuthenticationError: Invalid API key or secret");
		assertThat(ERPNEXT.requests()).hasSize(requestsWhenParked);
	}

	@Test
	void aCrashBetweenErpNextsSuccessAndOurCommitCreatesNothingTwice() {
		var invoice = invoice("SO-" + run, "A-1");
		String po = ERPNEXT.purchaseOrder("ACME", "To Receive and Bill", "A-1", 10).path("name").asString();
		var receipt = record("GOODS_RECEIPT", "PO:" + po,
				"{\"poNumber\":\"" + po + "\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":10}]}");
		LedgerThatFailsOnce.MARK_SENT_FAILS_FOR.add(invoice.businessKey());
		LedgerThatFailsOnce.MARK_SENT_FAILS_FOR.add(receipt.businessKey());

		dispatch.dispatchDue();
		assertThat(status(invoice)).as("ERPNext submitted it, our outcome was lost").isEqualTo("IN_FLIGHT");
		assertThat(status(receipt)).isEqualTo("IN_FLIGHT");

		drain(invoice);
		drain(receipt);

		assertThat(postings.find(invoice.id()).orElseThrow().attempts()).isEqualTo(2);
		assertThat(invoicesCarrying(invoice)).isEqualTo(1);
		assertThat(ERPNEXT.site().all("Purchase Receipt",
				it -> it.path("hub_reference").asString().equals(receipt.idempotencyKey()))).hasSize(1);
	}

	@Test
	void aRefusalIsParkedWithErpNextsMessageAndHoldsBackOnlyItsOwnDocument() {
		var refused = invoice("SO-" + run + "-a", "ZZ-404");
		var after = invoice("SO-" + run + "-a", "A-1");
		var other = invoice("SO-" + run + "-b", "A-1");

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return status(refused).equals("PARKED") && status(other).equals("SENT");
		});
		dispatch.dispatchDue();

		assertThat(postings.find(refused.id()).orElseThrow().lastError()).isEqualTo(
				"ERPNext 417 on insert Sales Invoice (LinkValidationError): Could not find Row #1: Item Code: ZZ-404");
		assertThat(status(after)).isEqualTo("PENDING");
	}

	private PostingView invoice(String order, String sku) {
		return record("CUSTOMER_INVOICE", "SO:" + order, """
				{"orderNumber":"%s","customer":"C-77","lines":[{"sku":"%s","quantity":1,"unitPrice":5}]}"""
			.formatted(order, sku));
	}

	private PostingView record(String type, String key, String payload) {
		return TestRecorder.record(record, SamplePayloads.request(SamplePayloads.fromJson(PostingType.valueOf(type), payload), key,
				UUID.randomUUID().toString()));
	}

	private long invoicesCarrying(PostingView posting) {
		return ERPNEXT.site()
			.all("Sales Invoice", it -> it.path("hub_reference").asString().equals(posting.idempotencyKey()))
			.size();
	}

	private String status(PostingView posting) {
		return postings.find(posting.id()).orElseThrow().status();
	}

	private void drain(PostingView posting) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
			dispatch.dispatchDue();
			return status(posting).equals("SENT");
		});
	}

	private static ErpNextStub start() {
		try {
			return new ErpNextStub();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
