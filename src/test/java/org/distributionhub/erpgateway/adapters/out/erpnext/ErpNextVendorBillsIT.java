package org.distributionhub.erpgateway.adapters.out.erpnext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.distributionhub.erpgateway.VendorBillEvents;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What ERPNext receives of matched supplier invoices, published as the supplier module publishes them: one submitted
 * Purchase Invoice per invoice, against the Purchase Order and the Purchase Receipt the hub posted before it (even
 * through an outage), its taxes and charges on the configured accounts; a credit note as a return against the bill.
 */
@SpringBootTest(properties = { "hub.erp.adapter=erpnext", "hub.erp.dispatch.enabled=false",
		"hub.erp.retry.initial-backoff=20ms", "hub.erp.retry.max-backoff=100ms",
		"hub.erp.erpnext.api-key=" + ErpNextStub.KEY, "hub.erp.erpnext.api-secret=" + ErpNextStub.SECRET,
		"hub.erp.erpnext.bill-tax-account=VAT - HUB", "hub.erp.erpnext.bill-charge-account=Freight and Forwarding - HUB",
		"hub.erp.purchase-orders.poll-interval=1h", "hub.events.retry.max-attempts=10",
		"resilience4j.circuitbreaker.instances.erp.sliding-window-size=50",
		"resilience4j.circuitbreaker.instances.erp.minimum-number-of-calls=50" })
class ErpNextVendorBillsIT {

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
	ApplicationContext context;

	@Autowired
	CircuitBreakerRegistry circuits;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private String po;
	private String row;
	private VendorBillEvents events;

	@BeforeEach
	void erpNextHoldsThePurchaseOrder() {
		ERPNEXT.awaitTheHubsCheckAtStart();
		ERPNEXT.reset();
		circuits.circuitBreaker("erp").reset();
		events = new VendorBillEvents(context);
		ERPNEXT.item("A-1");
		ERPNEXT.supplier("ACME");
		var order = ERPNEXT.purchaseOrder("ACME", "To Receive and Bill", "A-1", 10);
		po = order.path("name").asString();
		row = order.path("items").get(0).path("name").asString();
	}

	@Test
	void aMatchedInvoiceHeardBeforeItsReceiptBecomesOneSubmittedPurchaseInvoiceAfterIt() {
		var invoice = VendorBillEvents.invoice(po, "INV-" + run, row, "A-1", 4, "R-" + run);
		events.publish(invoice);
		await().atMost(Duration.ofSeconds(30)).until(() -> !events.failures(invoice.eventId()).isEmpty());
		events.publish(VendorBillEvents.receipt(po, "R-" + run, row, "A-1", 4));

		events.drain(po, 2);

		var bill = onlyBill("INV-" + run);
		var receipt = ERPNEXT.site().all("Purchase Receipt", it -> it.path("hub_reference").asString()
			.equals("receipt:WH-1:R-" + run)).get(0);
		assertThat(bill.path("supplier").asString()).isEqualTo("ACME");
		assertThat(bill.path("bill_date").asString()).isEqualTo("2026-11-30");
		assertThat(bill.path("currency").asString()).isEqualTo("EUR");
		assertThat(bill.path("is_return").asInt()).isZero();
		assertThat(bill.path("docstatus").asInt()).isEqualTo(1);
		assertThat(bill.path("hub_reference").asString()).isEqualTo("bill:ACME:INV-" + run);
		var item = bill.path("items").get(0);
		assertThat(item.path("item_code").asString()).isEqualTo("A-1");
		assertThat(item.path("qty").decimalValue()).isEqualByComparingTo("4");
		assertThat(item.path("rate").decimalValue()).isEqualByComparingTo("9.50");
		assertThat(item.path("purchase_order").asString()).isEqualTo(po);
		assertThat(item.path("po_detail").asString()).isEqualTo(row);
		assertThat(item.path("purchase_receipt").asString()).isEqualTo(receipt.path("name").asString());
		assertThat(item.path("pr_detail").asString()).isEqualTo(receipt.path("items").get(0).path("name").asString());
		var taxes = bill.path("taxes");
		assertThat(taxes).hasSize(2);
		assertTax(taxes.get(0), "VAT - HUB", "VAT 19%", "7.22");
		assertTax(taxes.get(1), "Freight and Forwarding - HUB", "Freight", "5.00");
		assertThat(submitIndex("Purchase Receipt")).isLessThan(insertIndex("Purchase Invoice"));
		assertThat(events.of(po).get(1).erpReference()).isEqualTo(bill.path("name").asString());

		events.publish(invoice);
		events.publish(VendorBillEvents.invoice(po, "INV-" + run, row, "A-1", 4, "R-" + run));
		events.awaitHeard(po);
		events.drain(po, 2);
		assertThat(events.of(po)).extracting(PostingView::type)
			.containsExactly("GOODS_RECEIPT", "VENDOR_BILL");
		onlyBill("INV-" + run);
	}

	@Test
	void aBillWaitsBehindItsReceiptThroughAnOutageAndIsSubmittedOnce() {
		events.publish(VendorBillEvents.receipt(po, "R-" + run, row, "A-1", 10));
		events.publish(VendorBillEvents.invoice(po, "INV-" + run, row, "A-1", 10, "R-" + run));
		events.awaitRecorded(po, 2);
		ERPNEXT.down(true);

		events.dispatchUntil(() -> events.of(po).get(0).attempts() >= 2);
		var waiting = events.of(po);
		assertThat(waiting.get(0).lastError()).contains("503");
		assertThat(waiting.get(1).attempts()).as("the bill never goes before its receipt").isZero();

		ERPNEXT.down(false);
		events.drain(po, 2);

		assertThat(events.of(po).get(1).attempts()).isEqualTo(1);
		onlyBill("INV-" + run);
		assertThat(submitIndex("Purchase Receipt")).isLessThan(insertIndex("Purchase Invoice"));
	}

	@Test
	void aCreditNoteBecomesAReturnAgainstTheBill() {
		events.publish(VendorBillEvents.receipt(po, "R-" + run, row, "A-1", 4));
		events.publish(VendorBillEvents.invoice(po, "INV-" + run, row, "A-1", 4, "R-" + run));
		events.awaitRecorded(po, 2);
		events.drain(po, 2);
		events.publish(VendorBillEvents.creditNote(po, "CN-" + run, "INV-" + run, row, "A-1", 1));
		events.awaitRecorded(po, 3);

		events.drain(po, 3);

		var bill = onlyBill("INV-" + run);
		var credit = onlyBill("CN-" + run);
		assertThat(credit.path("is_return").asInt()).isEqualTo(1);
		assertThat(credit.path("return_against").asString()).isEqualTo(bill.path("name").asString());
		assertThat(credit.path("docstatus").asInt()).isEqualTo(1);
		assertThat(credit.path("items").get(0).path("qty").decimalValue()).isEqualByComparingTo("-1");
		assertThat(credit.path("items").get(0).path("rate").decimalValue()).isEqualByComparingTo("9.50");
		assertTax(credit.path("taxes").get(0), "VAT - HUB", "VAT 19%", "-1.81");
	}

	private static void assertTax(JsonNode tax, String account, String description, String amount) {
		assertThat(tax.path("charge_type").asString()).isEqualTo("Actual");
		assertThat(tax.path("account_head").asString()).isEqualTo(account);
		assertThat(tax.path("description").asString()).isEqualTo(description);
		assertThat(tax.path("tax_amount").decimalValue()).isEqualByComparingTo(amount);
	}

	private ObjectNode onlyBill(String billNumber) {
		var bills = ERPNEXT.site().all("Purchase Invoice", it -> it.path("bill_no").asString().equals(billNumber));
		assertThat(bills).hasSize(1);
		return bills.get(0);
	}

	private int insertIndex(String doctype) {
		var requests = ERPNEXT.requests();
		for (int i = 0; i < requests.size(); i++) {
			if (requests.get(i).method().equals("POST") && requests.get(i).path().equals("/api/resource/" + doctype)) {
				return i;
			}
		}
		throw new AssertionError("ERPNext never had a " + doctype + " inserted");
	}

	private int submitIndex(String doctype) {
		var requests = ERPNEXT.requests();
		for (int i = 0; i < requests.size(); i++) {
			if (requests.get(i).path().equals("/api/method/frappe.client.submit")
					&& requests.get(i).body().path("doc").path("doctype").asString().equals(doctype)) {
				return i;
			}
		}
		throw new AssertionError("ERPNext never had a " + doctype + " submitted");
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
