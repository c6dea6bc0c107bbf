package org.distributionhub.erpgateway.adapters.out.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.distributionhub.erpgateway.ReleasedOrders;
import org.distributionhub.erpgateway.ports.in.PollErpPurchaseOrders;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.supplier.events.PurchaseOrderReleased;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Confirmed purchase orders read from Odoo by polling and published as PurchaseOrderReleased: once each, with the
 * supplier, warehouse and units mapped, across pages of orders changed in the same second, again only when the content
 * changed, and never lost when the publishing transaction fails.
 */
@SpringBootTest(properties = { "hub.erp.adapter=odoo", "hub.erp.dispatch.enabled=false",
		"hub.erp.purchase-orders.enabled=false", "hub.erp.purchase-orders.batch-size=2",
		"hub.erp.purchase-orders.suppliers[ACME]=SUP-ACME", "hub.erp.odoo.api-key=" + OdooStub.KEY })
@Import(ReleasedOrders.class)
class OdooPurchaseOrdersIT {

	static final OdooStub ODOO = start();
	static final long ACME = ODOO.partner("Acme Supplies", "ACME");
	static final long NO_REF = ODOO.partner("Nameless Trading", "");
	static final long A1 = ODOO.product("A-1");
	static final long EUR = ODOO.record("res.currency", ODOO.values().put("name", "EUR"));
	static final long UNITS = ODOO.record("uom.uom", ODOO.values().put("name", "Units"));
	static final long RECEIPTS = ODOO.record("stock.picking.type", ODOO.values().put("name", "WH: Receipts")
		.put("code", "incoming").put("warehouse_id", ODOO.record("stock.warehouse", ODOO.values().put("name", "Main")
			.put("code", "WH"))));

	@DynamicPropertySource
	static void odoo(DynamicPropertyRegistry properties) {
		properties.add("hub.erp.odoo.base-url", ODOO::baseUrl);
	}

	@AfterAll
	static void stop() {
		ODOO.close();
	}

	@Autowired
	PollErpPurchaseOrders poll;

	@Autowired
	ReleasedOrders released;

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void fromTheStart() {
		ODOO.reset();
		jdbc.sql("DELETE FROM erp_po_watermark WHERE source = 'odoo'").update();
	}

	@Test
	void aConfirmedOrderIsPublishedOnceWithItsSupplierWarehouseAndLines() {
		ODOO.database().now("2026-11-27 10:00:00");
		long order = order("P-" + run, ACME, "purchase", 100);
		order("P-" + run + "-draft", ACME, "draft", 5);
		long line = ODOO.database().where("purchase.order.line", it -> it.path("order_id").asLong() == order).get(0)
			.path("id").asLong();

		poll.pollOnce();
		poll.pollOnce();

		assertThat(released.of("P-" + run)).singleElement().satisfies(event -> {
			assertThat(event.supplierId()).isEqualTo("SUP-ACME");
			assertThat(event.revision()).isEqualTo(1);
			assertThat(event.orderDate()).isEqualTo(LocalDate.parse("2026-11-20"));
			assertThat(event.shipTo()).isEqualTo("WH");
			assertThat(event.currency()).isEqualTo("EUR");
			assertThat(event.source()).isEqualTo("odoo");
			assertThat(event.lines()).containsExactly(new PurchaseOrderReleased.Line(String.valueOf(line),
					new Sku("A-1"), Quantity.of(100, UnitOfMeasure.EACH), Money.of("9.50", "EUR"),
					LocalDate.parse("2026-12-01")));
		});
		assertThat(released.of("P-" + run + "-draft")).isEmpty();
	}

	@Test
	void ordersChangedInTheSameSecondAreAllReadAcrossPagesAndNoneTwice() {
		ODOO.database().now("2026-11-27 11:00:00");
		var names = IntStream.range(0, 5).mapToObj(i -> "P-" + run + "-" + i).toList();
		names.forEach(name -> order(name, ACME, "purchase", 10));
		ODOO.database().now("2026-11-27 11:00:01");
		order("P-" + run + "-later", ACME, "purchase", 10);

		var round = poll.pollOnce();
		var again = poll.pollOnce();

		assertThat(names).allSatisfy(name -> assertThat(released.of(name)).hasSize(1));
		assertThat(released.of("P-" + run + "-later")).hasSize(1);
		assertThat(round.failure()).isEmpty();
		assertThat(again.read()).isZero();
		assertThat(ODOO.calls("purchase.order", "search_read").size()).as("pages of two, then an empty page")
			.isGreaterThanOrEqualTo(4);
	}

	@Test
	void aChangeThatLeavesTheContentAsItWasPublishesNothingAndAChangedQuantityIsTheNextRevision() {
		ODOO.database().now("2026-11-27 12:00:00");
		long order = order("P-" + run, ACME, "purchase", 10);
		poll.pollOnce();

		ODOO.database().now("2026-11-27 12:05:00");
		ODOO.database().write("purchase.order", ODOO.database().record("purchase.order", order),
				ODOO.values().put("acknowledged", true));
		var unchanged = poll.pollOnce();

		ODOO.database().now("2026-11-27 12:10:00");
		var line = ODOO.database().where("purchase.order.line", it -> it.path("order_id").asLong() == order).get(0);
		ODOO.database().write("purchase.order", ODOO.database().record("purchase.order", order), ODOO.values()
			.set("order_line", ODOO.database().json().valueToTree(List.of(List.of(1, line.path("id").asLong(),
					java.util.Map.of("product_qty", 12))))));
		poll.pollOnce();

		assertThat(unchanged.unchanged()).isEqualTo(1);
		assertThat(released.of("P-" + run)).extracting(PurchaseOrderReleased::revision).containsExactly(1, 2);
		assertThat(released.of("P-" + run).get(1).lines().get(0).quantity()).isEqualTo(Quantity.of(12, UnitOfMeasure.EACH));
	}

	@Test
	void aFailureBeforeTheCommitLeavesTheOrderForTheNextPollWhichPublishesItOnce() {
		ODOO.database().now("2026-11-27 13:00:00");
		order("P-" + run + "-a", ACME, "purchase", 1);
		order("P-" + run + "-b", ACME, "purchase", 2);
		released.failOnce("P-" + run + "-b");

		assertThatThrownBy(poll::pollOnce).hasMessageContaining("died before committing");
		assertThat(released.of("P-" + run + "-a")).hasSize(1);
		assertThat(released.of("P-" + run + "-b")).isEmpty();

		poll.pollOnce();
		poll.pollOnce();

		assertThat(released.of("P-" + run + "-a")).hasSize(1);
		assertThat(released.of("P-" + run + "-b")).hasSize(1);
	}

	@Test
	void anOrderThatCannotBeMappedIsRefusedWithoutHoldingBackTheOthers() {
		ODOO.database().now("2026-11-27 14:00:00");
		order("P-" + run + "-nameless", NO_REF, "purchase", 1);
		order("P-" + run + "-fine", ACME, "purchase", 1);

		var round = poll.pollOnce();

		assertThat(round.refused()).isEqualTo(1);
		assertThat(released.of("P-" + run + "-fine")).hasSize(1);
		assertThat(jdbc.sql("SELECT refusal FROM erp_po_revision WHERE po_number = ?").param("P-" + run + "-nameless")
			.query(String.class).single()).isEqualTo("Purchase order P-" + run + "-nameless from odoo not taken in: "
					+ "its supplier (ERP partner " + NO_REF + ") has no code; add hub.erp.purchase-orders.suppliers["
					+ NO_REF + "] or give the partner a reference");
	}

	@Test
	void twoPollersAtOnceStillPublishEachOrderOnce() {
		ODOO.database().now("2026-11-27 15:00:00");
		var names = IntStream.range(0, 6).mapToObj(i -> "P-" + run + "-" + i).toList();
		names.forEach(name -> order(name, ACME, "purchase", 3));

		var first = CompletableFuture.supplyAsync(poll::pollOnce);
		var second = CompletableFuture.supplyAsync(poll::pollOnce);
		first.join();
		second.join();

		assertThat(names).allSatisfy(name -> assertThat(released.of(name)).hasSize(1));
	}

	@Test
	void anUnreachableOdooEndsTheRoundWithTheReasonAndMovesNothing() {
		ODOO.down(true);

		var round = poll.pollOnce();

		assertThat(round.failure()).startsWith("Odoo 503 on purchase.order.search_read");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM erp_po_watermark WHERE source = 'odoo'").query(Long.class).single())
			.isZero();
	}

	private static long order(String name, long partner, String state, int quantity) {
		long order = ODOO.record("purchase.order", ODOO.values().put("name", name).put("partner_id", partner)
			.put("state", state).put("date_order", "2026-11-20 08:00:00").put("currency_id", EUR)
			.put("picking_type_id", RECEIPTS));
		ODOO.record("purchase.order.line", ODOO.values().put("order_id", order).put("product_id", A1)
			.put("product_qty", BigDecimal.valueOf(quantity)).put("price_unit", new BigDecimal("9.5"))
			.put("date_planned", "2026-12-01 12:00:00").put("product_uom_id", UNITS).put("sequence", 1));
		ODOO.database().write("purchase.order", ODOO.database().record("purchase.order", order), ODOO.values());
		return order;
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
