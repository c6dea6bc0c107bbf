package org.distributionhub.erpgateway.adapters.out.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.distributionhub.erpgateway.VendorBillEvents;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Odoo receives of matched supplier invoices, published as the supplier module publishes them, whichever protocol
 * the subclass speaks: one posted vendor bill per invoice with the vendor, numbers, dates, lines linked to the PO lines
 * and the taxes and charges; after the PO's receipt, even through an outage; a credit note as a refund.
 */
@SpringBootTest(properties = { "hub.erp.adapter=odoo", "hub.erp.odoo.api-key=" + OdooStub.KEY,
		"hub.erp.odoo.database=" + OdooStub.DATABASE, "hub.erp.odoo.login=" + OdooStub.LOGIN,
		"hub.erp.dispatch.enabled=false", "hub.erp.retry.initial-backoff=20ms", "hub.erp.retry.max-backoff=100ms",
		"hub.erp.purchase-orders.poll-interval=1h", "hub.events.retry.max-attempts=10",
		"resilience4j.circuitbreaker.instances.erp.sliding-window-size=50",
		"resilience4j.circuitbreaker.instances.erp.minimum-number-of-calls=50" })
abstract class OdooVendorBills {

	@Autowired
	ApplicationContext context;

	@Autowired
	CircuitBreakerRegistry circuits;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String po = "P-" + run;
	private long vendor;
	private long product;
	private long order;
	private String line;
	private VendorBillEvents events;

	abstract OdooStub odoo();

	@BeforeEach
	void odooHoldsThePurchaseOrderAndItsReceipt() {
		odoo().awaitTheHubsCheckAtStart();
		odoo().reset();
		circuits.circuitBreaker("erp").reset();
		events = new VendorBillEvents(context);
		var partners = odoo().database().where("res.partner", it -> it.path("ref").asString().equals("ACME"));
		vendor = partners.isEmpty() ? odoo().partner("Acme Supplies", "ACME") : partners.get(0).path("id").asLong();
		var products = odoo().database().where("product.product", it -> it.path("default_code").asString().equals("A-1"));
		product = products.isEmpty() ? odoo().product("A-1") : products.get(0).path("id").asLong();
		if (odoo().database().where("res.currency", it -> it.path("name").asString().equals("EUR")).isEmpty()) {
			odoo().record("res.currency", odoo().values().put("name", "EUR"));
		}
		order = odoo().purchaseOrder(po, vendor, "purchase", product, 10);
		odoo().receipt(order);
		line = String.valueOf(odoo().database()
			.where("purchase.order.line", it -> it.path("order_id").asLong() == order).get(0).path("id").asLong());
	}

	@Test
	void aMatchedInvoiceHeardBeforeItsReceiptBecomesOnePostedVendorBillAfterIt() {
		var invoice = VendorBillEvents.invoice(po, "INV-" + run, line, "A-1", 4, "R-" + run);
		events.publish(invoice);
		await().atMost(Duration.ofSeconds(30)).until(() -> !events.failures(invoice.eventId()).isEmpty());
		events.publish(VendorBillEvents.receipt(po, "R-" + run, line, "A-1", 4));

		events.drain(po, 2);

		var bill = onlyMove("INV-" + run, "in_invoice");
		assertThat(bill.path("partner_id").asLong()).isEqualTo(vendor);
		assertThat(bill.path("invoice_origin").asString()).isEqualTo(po);
		assertThat(bill.path("invoice_date").asString()).isEqualTo("2026-11-30");
		assertThat(bill.path("state").asString()).isEqualTo("posted");
		assertThat(bill.path("name").asString()).startsWith("BILL/2026/");
		assertThat(odoo().database().record("res.currency", bill.path("currency_id").asLong()).path("name").asString())
			.isEqualTo("EUR");
		var lines = linesOf(bill);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0).path("product_id").asLong()).isEqualTo(product);
		assertThat(lines.get(0).path("quantity").decimalValue()).isEqualByComparingTo("4");
		assertThat(lines.get(0).path("price_unit").decimalValue()).isEqualByComparingTo("9.50");
		assertThat(lines.get(0).path("purchase_line_id").asString()).isEqualTo(line);
		assertThat(lines.get(1).path("name").asString()).isEqualTo("Tax: VAT 19%");
		assertThat(lines.get(1).path("price_unit").decimalValue()).isEqualByComparingTo("7.22");
		assertThat(lines.get(2).path("name").asString()).isEqualTo("Charge: Freight");
		assertThat(lines.get(2).path("price_unit").decimalValue()).isEqualByComparingTo("5.00");
		assertThat(lines).allSatisfy(it -> assertThat(it.path("tax_ids").toString()).isEqualTo("[[6,0,[]]]"));
		assertThat(callIndex("stock.picking", "button_validate")).isLessThan(callIndex("account.move", "create"));
		assertThat(events.of(po).get(1).erpReference()).isEqualTo(bill.path("name").asString());

		events.publish(invoice);
		events.publish(VendorBillEvents.invoice(po, "INV-" + run, line, "A-1", 4, "R-" + run));
		events.awaitHeard(po);
		events.drain(po, 2);
		assertThat(events.of(po)).extracting(PostingView::type)
			.containsExactly("GOODS_RECEIPT", "VENDOR_BILL");
		onlyMove("INV-" + run, "in_invoice");
	}

	@Test
	void aBillWaitsBehindItsReceiptThroughAnOutageAndIsPostedOnce() {
		events.publish(VendorBillEvents.receipt(po, "R-" + run, line, "A-1", 10));
		events.publish(VendorBillEvents.invoice(po, "INV-" + run, line, "A-1", 10, "R-" + run));
		events.awaitRecorded(po, 2);
		odoo().down(true);

		events.dispatchUntil(() -> events.of(po).get(0).attempts() >= 2);
		var waiting = events.of(po);
		assertThat(waiting.get(0).lastError()).contains("503");
		assertThat(waiting.get(1).attempts()).as("the bill never goes before its receipt").isZero();
		assertThat(odoo().database().where("account.move", it -> true)).noneMatch(it -> it.path("ref").asString()
			.equals("INV-" + run));

		odoo().down(false);
		events.drain(po, 2);

		assertThat(events.of(po).get(0).attempts()).isGreaterThanOrEqualTo(3);
		assertThat(events.of(po).get(1).attempts()).isEqualTo(1);
		onlyMove("INV-" + run, "in_invoice");
		assertThat(callIndex("stock.picking", "button_validate")).isLessThan(callIndex("account.move", "create"));
	}

	@Test
	void aCreditNoteBecomesAVendorRefundReversingTheBill() {
		events.publish(VendorBillEvents.receipt(po, "R-" + run, line, "A-1", 4));
		events.publish(VendorBillEvents.invoice(po, "INV-" + run, line, "A-1", 4, "R-" + run));
		events.awaitRecorded(po, 2);
		events.drain(po, 2);
		events.publish(VendorBillEvents.creditNote(po, "CN-" + run, "INV-" + run, line, "A-1", 1));
		events.awaitRecorded(po, 3);

		events.drain(po, 3);

		var bill = onlyMove("INV-" + run, "in_invoice");
		var refund = onlyMove("CN-" + run, "in_refund");
		assertThat(refund.path("partner_id").asLong()).isEqualTo(vendor);
		assertThat(refund.path("reversed_entry_id").asLong()).isEqualTo(bill.path("id").asLong());
		assertThat(refund.path("name").asString()).startsWith("RBILL/2026/");
		assertThat(refund.path("state").asString()).isEqualTo("posted");
		var lines = linesOf(refund);
		assertThat(lines.get(0).path("quantity").decimalValue()).isEqualByComparingTo("1");
		assertThat(lines.get(0).path("price_unit").decimalValue()).isEqualByComparingTo("9.50");
		assertThat(lines.get(1).path("name").asString()).isEqualTo("Tax: VAT 19%");
		assertThat(lines.get(1).path("price_unit").decimalValue()).isEqualByComparingTo("1.81");
		assertThat(events.of(po).get(2).idempotencyKey()).isEqualTo("credit-note:ACME:CN-" + run);
	}

	private ObjectNode onlyMove(String ref, String moveType) {
		var moves = odoo().database().where("account.move", it -> it.path("ref").asString().equals(ref)
				&& it.path("move_type").asString().equals(moveType));
		assertThat(moves).hasSize(1);
		return moves.get(0);
	}

	private List<ObjectNode> linesOf(ObjectNode move) {
		return odoo().database().where("account.move.line",
				it -> it.path("move_id").asLong() == move.path("id").asLong());
	}

	private int callIndex(String model, String method) {
		var calls = odoo().calls();
		for (int i = 0; i < calls.size(); i++) {
			if (calls.get(i).model().equals(model) && calls.get(i).method().equals(method)) {
				return i;
			}
		}
		throw new AssertionError("Odoo never had " + model + "." + method + " called");
	}

	static OdooStub start() {
		try {
			return new OdooStub();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
