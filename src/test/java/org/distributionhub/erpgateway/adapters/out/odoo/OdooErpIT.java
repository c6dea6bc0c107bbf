package org.distributionhub.erpgateway.adapters.out.odoo;

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
 * The hub posting to Odoo over JSON-2 through the ledger and the dispatcher: a 503 then success gives one invoice, a
 * rejected API key parks without retrying, a crash between Odoo's success and our commit creates nothing twice, and a
 * refused posting waits with Odoo's message while other documents go on.
 */
@SpringBootTest(properties = { "hub.erp.adapter=odoo", "hub.erp.dispatch.enabled=false", "hub.erp.dispatch.lease=1s",
		"hub.erp.retry.initial-backoff=20ms", "hub.erp.retry.max-backoff=200ms", "hub.erp.odoo.read-timeout=2s",
		"hub.erp.odoo.api-key=" + OdooStub.KEY, "hub.erp.odoo.database=" + OdooStub.DATABASE,
		"hub.erp.purchase-orders.poll-interval=1h",
		"resilience4j.circuitbreaker.instances.erp.sliding-window-size=10",
		"resilience4j.circuitbreaker.instances.erp.minimum-number-of-calls=10" })
@Import(LedgerThatFailsOnce.class)
class OdooErpIT {

	static final OdooStub ODOO = start();
	static final long CUSTOMER = ODOO.partner("Corner Shop", "C-77");
	static final long SUPPLIER = ODOO.partner("Acme Supplies", "ACME");
	static final long PRODUCT = ODOO.product("A-1");

	@DynamicPropertySource
	static void odoo(DynamicPropertyRegistry properties) {
		properties.add("hub.erp.odoo.base-url", ODOO::baseUrl);
	}

	@AfterAll
	static void stop() {
		ODOO.close();
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
	void odooIsUp() {
		ODOO.awaitTheHubsCheckAtStart();
		ODOO.reset();
		circuits.circuitBreaker("erp").reset();
	}

	@Test
	void aServiceUnavailableThenSuccessPostsOneInvoice() {
		var posting = invoice("SO-" + run);
		ODOO.failNext(1, 503);

		drain(posting);

		var sent = postings.find(posting.id()).orElseThrow();
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(sent.erpReference()).startsWith("INV/2026/");
		assertThat(invoicesCarrying(posting)).isEqualTo(1);
	}

	@Test
	void aRejectedApiKeyParksThePostingWithoutRetrying() {
		var posting = invoice("SO-" + run);
		ODOO.acceptKey("rotated-key");

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return status(posting).equals("PARKED");
		});
		int callsWhenParked = ODOO.calls().size();
		for (int round = 0; round < 3; round++) {
			dispatch.dispatchDue();
		}

		var parked = postings.find(posting.id()).orElseThrow();
		assertThat(parked.attempts()).isEqualTo(1);
		assertThat(parked.lastError())
			.isEqualTo("Odoo 401 on account.move.search_read (odoo.exceptions.AccessDenied): Invalid apikey");
		assertThat(ODOO.calls()).hasSize(callsWhenParked);
		assertThat(invoicesCarrying(posting)).isZero();
	}

	@Test
	void aCrashBetweenOdoosSuccessAndOurCommitPostsNothingTwice() {
		var invoice = invoice("SO-" + run);
		long order = ODOO.purchaseOrder("P-" + run, SUPPLIER, "purchase", PRODUCT, 10);
		ODOO.receipt(order);
		var receipt = record("GOODS_RECEIPT", "PO:P-" + run,
				"{\"poNumber\":\"P-" + run + "\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":10}]}");
		LedgerThatFailsOnce.MARK_SENT_FAILS_FOR.add(invoice.businessKey());
		LedgerThatFailsOnce.MARK_SENT_FAILS_FOR.add(receipt.businessKey());

		dispatch.dispatchDue();
		assertThat(status(invoice)).as("Odoo posted it, our outcome was lost").isEqualTo("IN_FLIGHT");
		assertThat(status(receipt)).isEqualTo("IN_FLIGHT");
		assertThat(invoicesCarrying(invoice)).isEqualTo(1);

		drain(invoice);
		drain(receipt);

		assertThat(postings.find(invoice.id()).orElseThrow().attempts()).isEqualTo(2);
		assertThat(invoicesCarrying(invoice)).isEqualTo(1);
		assertThat(ODOO.calls("account.move", "action_post").stream()
			.filter(call -> call.ids().equals(ODOO.calls("account.move", "action_post").get(0).ids()))).hasSize(1);
		assertThat(ODOO.calls("stock.picking", "button_validate")).hasSize(1);
		assertThat(postings.find(receipt.id()).orElseThrow().erpReference()).isEqualTo("WH/IN/P-" + run);
	}

	@Test
	void aRefusalIsParkedWithOdoosMessageAndHoldsBackOnlyItsOwnDocument() {
		ODOO.purchaseOrder("P-" + run + "-locked", SUPPLIER, "done", PRODUCT, 10);
		long open = ODOO.purchaseOrder("P-" + run + "-open", SUPPLIER, "purchase", PRODUCT, 10);
		var refused = acknowledgement("P-" + run + "-locked", 5);
		var after = acknowledgement("P-" + run + "-locked", 6);
		var other = acknowledgement("P-" + run + "-open", 8);

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatch.dispatchDue();
			return status(refused).equals("PARKED") && status(other).equals("SENT");
		});
		dispatch.dispatchDue();

		assertThat(postings.find(refused.id()).orElseThrow().lastError()).isEqualTo("Odoo 422 on purchase.order.write "
				+ "(odoo.exceptions.UserError): The purchase order P-" + run
				+ "-locked is locked; unlock it before changing its lines.");
		assertThat(status(after)).isEqualTo("PENDING");
		assertThat(ODOO.database().where("purchase.order.line", line -> line.path("order_id").asLong() == open))
			.singleElement()
			.satisfies(line -> assertThat(line.path("product_qty").decimalValue()).isEqualByComparingTo("8"));
	}

	private PostingView invoice(String order) {
		return record("CUSTOMER_INVOICE", "SO:" + order, """
				{"orderNumber":"%s","customer":"C-77","lines":[{"sku":"A-1","quantity":1,"unitPrice":5}]}"""
			.formatted(order));
	}

	private PostingView acknowledgement(String po, int quantity) {
		return record("PO_ACKNOWLEDGEMENT_UPDATE", "PO:" + po,
				"{\"poNumber\":\"" + po + "\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":" + quantity + "}]}");
	}

	private PostingView record(String type, String key, String payload) {
		return TestRecorder.record(record, SamplePayloads.request(SamplePayloads.fromJson(PostingType.valueOf(type), payload), key,
				UUID.randomUUID().toString()));
	}

	private long invoicesCarrying(PostingView posting) {
		return ODOO.database().where("account.move", it -> it.path("ref").asString().equals(posting.idempotencyKey()))
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

	private static OdooStub start() {
		try {
			return new OdooStub();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
