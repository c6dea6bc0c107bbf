package org.distributionhub.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.distributionhub.order.api.FindOrders;
import org.distributionhub.order.api.FindOrders.OrderDetail;
import org.distributionhub.order.domain.CustomerOrder;
import org.distributionhub.order.domain.Invoicing;
import org.distributionhub.order.domain.OrderContent;
import org.distributionhub.order.domain.OrderId;
import org.distributionhub.order.domain.OrderedLine;
import org.distributionhub.order.events.OrderPromiseChanged;
import org.distributionhub.order.events.OrderReadyForInvoicing;
import org.distributionhub.order.events.OrderShipped;
import org.distributionhub.order.events.PickConfirmed;
import org.distributionhub.order.events.PickConfirmed.PickedLine;
import org.distributionhub.order.events.ShipmentDispatched;
import org.distributionhub.order.events.StockBackordered;
import org.distributionhub.order.events.StockReserved;
import org.distributionhub.order.ports.in.CancelOrder;
import org.distributionhub.order.ports.in.ChangeOrder;
import org.distributionhub.order.ports.in.FlagHeldDispatches;
import org.distributionhub.order.ports.in.OrderCommand;
import org.distributionhub.order.ports.in.OrderConflict;
import org.distributionhub.order.ports.in.OrderView;
import org.distributionhub.order.ports.in.ViewOrder;
import org.distributionhub.order.ports.out.CustomerOrders;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Order-to-fulfil from the Order module's side: the test publishes what Inventory would (allocation answers, picks
 * and dispatches, each in a transaction of its own) and checks the order, the events that follow and the OMS
 * webhook, which is down for the first call of each promise change. The orders are stored directly, without an
 * OrderPlaced, so that Inventory never answers for these made-up SKUs itself.
 */
@SpringBootTest
@Import(OrderEventRecorder.class)
class OrderToFulfilScenarioIT {

	static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);
	static final StandInOms OMS = StandInOms.start();

	@DynamicPropertySource
	static void oms(DynamicPropertyRegistry registry) {
		registry.add("hub.order.oms.webhook-url", OMS::url);
		registry.add("hub.order.oms.bearer-token", () -> "oms-token");
		registry.add("hub.order.oms.timeout", () -> "2s");
		registry.add("hub.order.held-dispatch-limit", () -> "2s");
	}

	@AfterAll
	static void stopOms() {
		OMS.close();
	}

	@Autowired
	CustomerOrders orders;

	@Autowired
	CancelOrder cancel;

	@Autowired
	ChangeOrder change;

	@Autowired
	ViewOrder view;

	@Autowired
	FindOrders findOrders;

	@Autowired
	FlagHeldDispatches flagging;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	OrderEventRecorder recorded;

	@Autowired
	MeterRegistry meters;

	private final String externalId = "S-" + UUID.randomUUID().toString().substring(0, 8);
	private final String orderId = "web:" + externalId;
	private final Sku skuA = new Sku("A-" + externalId);
	private final Sku skuB = new Sku("B-" + externalId);

	@Test
	void aBackorderIsPromisedToTheOmsAndTheOrderShipsAndIsInvoicedOnceEverythingIsReleased() {
		placeOrder("PER_ORDER");

		publish(new StockReserved(UUID.randomUUID(), flow(), orderId, "MAIN",
				List.of(new StockReserved.ReservedLine(1, skuA, ea(5), 100)), Instant.now()));
		publish(new StockBackordered(UUID.randomUUID(), flow(), orderId, "MAIN",
				List.of(new StockBackordered.BackorderedLine(2, skuB, ea(4), ea(6), DEC_4, 100)), Instant.now()));

		OrderDetail backordered = awaitDetail(it -> "BACKORDERED".equals(it.summary().state()));
		assertThat(backordered.summary().waitingFor()).isEqualTo("inbound on 2026-12-04 for line 2");
		assertThat(backordered.summary().promiseDate()).isEqualTo(DEC_4);
		assertThat(backordered.lines().get(1).allocation()).isEqualTo("BACKORDERED");
		assertThat(backordered.lines().get(1).reserved()).isEqualTo("4 EA");
		assertThat(backordered.lines().get(0).allocation()).isEqualTo("RESERVED");

		var promise = recorded.of(OrderPromiseChanged.class, it -> it.orderId().equals(orderId));
		assertThat(promise).as("a plain reservation is not told").singleElement().satisfies(it -> {
			assertThat(it.lineNumber()).isEqualTo(2);
			assertThat(it.status()).isEqualTo("BACKORDERED");
			assertThat(it.previousStatus()).isNull();
		});
		assertThat(findOrders.latestPromiseChanges(50)).anySatisfy(it -> {
			assertThat(it.orderId()).isEqualTo(orderId);
			assertThat(it.promiseDate()).isEqualTo(DEC_4);
		});
		String key = promise.get(0).eventId().toString();
		await().atMost(Duration.ofSeconds(20)).until(() -> OMS.calls(key).size() == 2);
		var calls = OMS.calls(key);
		assertThat(calls).extracting(StandInOms.Call::status).containsExactly(503, 200);
		assertThat(calls.get(1).authorization()).isEqualTo("Bearer oms-token");
		assertThat(calls.get(1).contentType()).startsWith("application/json");
		assertThat(calls.get(1).body()).contains("\"orderId\":\"" + orderId + "\"", "\"status\":\"BACKORDERED\"",
				"\"promiseDate\":\"2026-12-04\"", "\"lineNumber\":2", "\"externalOrderId\":\"" + externalId + "\"");

		publish(dispatched("SHP-1", "WMS-D1", 1, skuA, 5));
		OrderView held = awaitView(it -> !it.heldSteps().isEmpty());
		assertThat(held.heldSteps().get(0).reason()).isEqualTo("waiting for pick confirmation of line 1");
		assertThat(held.waitingFor()).contains("pick confirmation for shipment SHP-1");
		assertThat(shipped()).isEmpty();

		publish(picked("WMS-P1", 1, skuA, 5));
		await().atMost(Duration.ofSeconds(10)).until(() -> shipped().size() == 1);
		assertThat(shipped().get(0).shipmentId()).isEqualTo("SHP-1");
		assertThat(shipped().get(0).customer()).isEqualTo("C-42");
		assertThat(invoices()).as("per order: not before line 2 ships").isEmpty();

		publish(new StockReserved(UUID.randomUUID(), flow(), orderId, "MAIN",
				List.of(new StockReserved.ReservedLine(2, skuB, ea(10), 101)), Instant.now()));
		publish(picked("WMS-P2", 2, skuB, 10));
		publish(dispatched("SHP-2", "WMS-D2", 2, skuB, 10));

		await().atMost(Duration.ofSeconds(10)).until(() -> invoices().size() == 1);
		assertThat(invoices().get(0).invoiceReference()).isEqualTo(orderId + "/INV-1");
		assertThat(invoices().get(0).shipmentIds()).containsExactly("SHP-1", "SHP-2");
		assertThat(shipped()).extracting(OrderShipped::shipmentId).containsExactly("SHP-1", "SHP-2");
		assertThat(recorded.of(OrderPromiseChanged.class, it -> it.orderId().equals(orderId)))
			.extracting(OrderPromiseChanged::status, OrderPromiseChanged::previousStatus)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("BACKORDERED", null),
					org.assertj.core.groups.Tuple.tuple("RESERVED", "BACKORDERED"));
		OrderView done = awaitView(it -> it.state().equals("SHIPPED"));
		assertThat(done.waitingFor()).isNull();
		assertThat(done.shipments()).extracting(OrderView.ShipmentView::invoiceReference)
			.containsOnly(orderId + "/INV-1");

		publish(dispatched("SHP-2", "WMS-D2-AGAIN", 2, skuB, 10));
		assertThatCancellationIsRefused();
		assertThat(shipped()).as("the same shipment again is no new shipment").hasSize(2);
	}

	@Test
	void perShipmentEachReleasedShipmentIsReadyForInvoicingOnItsOwn() {
		placeOrder("PER_SHIPMENT");
		publish(new StockReserved(UUID.randomUUID(), flow(), orderId, "MAIN",
				List.of(new StockReserved.ReservedLine(1, skuA, ea(5), 100),
						new StockReserved.ReservedLine(2, skuB, ea(10), 100)),
				Instant.now()));
		publish(picked("WMS-P1", 1, skuA, 5));
		publish(dispatched("SHP-1", "WMS-D1", 1, skuA, 5));

		await().atMost(Duration.ofSeconds(10)).until(() -> invoices().size() == 1);
		assertThat(invoices().get(0).shipmentIds()).containsExactly("SHP-1");
		assertThat(invoices().get(0).lines()).singleElement()
			.satisfies(it -> assertThat(it.quantity()).isEqualTo(ea(5)));
		assertThat(awaitView(it -> it.state().equals("PARTIALLY_SHIPPED")).lines().get(0).shipped())
			.isEqualByComparingTo("5");
	}

	@Test
	void aDispatchHeldPastItsLimitIsFlaggedAndShownAsNeedingAttention() {
		placeOrder("PER_ORDER");
		publish(new StockReserved(UUID.randomUUID(), flow(), orderId, "MAIN",
				List.of(new StockReserved.ReservedLine(1, skuA, ea(5), 100)), Instant.now()));
		publish(dispatched("SHP-9", "WMS-D9", 1, skuA, 5));
		awaitView(it -> !it.heldSteps().isEmpty());

		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
			flagging.flagDue();
			return view.view(orderId).orElseThrow().heldSteps().get(0).flaggedAt() != null;
		});

		OrderDetail detail = findOrders.find(orderId).orElseThrow();
		assertThat(detail.summary().state()).isEqualTo("NEEDS_ATTENTION");
		assertThat(detail.summary().flagged()).isTrue();
		assertThat(detail.heldSteps()).singleElement().satisfies(it -> {
			assertThat(it.step()).isEqualTo("DISPATCH");
			assertThat(it.reference()).isEqualTo("SHP-9");
			assertThat(it.flagged()).isTrue();
		});
		assertThat(findOrders.find("NEEDS_ATTENTION", true, 0, 500)).extracting(FindOrders.OrderSummary::orderId)
			.contains(orderId);
		assertThat(findOrders.countByState(Instant.now())).anySatisfy(it -> {
			assertThat(it.state()).isEqualTo("NEEDS_ATTENTION");
			assertThat(it.count()).isPositive();
		});
		assertThat(meters.get("hub.order.held.dispatches").tag("state", "flagged").gauge().value()).isPositive();
		assertThat(flagging.flagDue()).as("flagged once").isZero();
	}

	@Test
	void concurrentPicksOfOneOrderAreAllCounted() throws Exception {
		store("PER_ORDER", 25);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 20; i++) {
			String id = "WMS-P" + i;
			threads.submit(() -> publish(picked(id, 2, skuB, 1)));
		}
		threads.shutdown();
		assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		OrderView order = awaitView(it -> it.lines().get(1).picked().intValue() == 20);
		assertThat(order.state()).isEqualTo("PICKING");
		assertThatThrownBy(() -> change.change(orderId, command("PER_ORDER", 15)))
			.isInstanceOf(OrderConflict.class)
			.hasMessage("Line 2 cannot go below the 20 EA already picked or dispatched");
	}

	@Test
	void anOlderAllocationAnswerArrivingLastDoesNotOverwriteANewerOne() {
		placeOrder("PER_ORDER");
		publish(new StockBackordered(UUID.randomUUID(), flow(), orderId, "MAIN",
				List.of(new StockBackordered.BackorderedLine(2, skuB, ea(0), ea(10), null, 105)), Instant.now()));
		awaitView(it -> it.lines().get(1).allocation().equals("NO_INBOUND"));

		publish(new StockReserved(UUID.randomUUID(), flow(), orderId, "MAIN",
				List.of(new StockReserved.ReservedLine(2, skuB, ea(10), 104)), Instant.now()));
		publish(new StockReserved(UUID.randomUUID(), flow(), orderId, "MAIN",
				List.of(new StockReserved.ReservedLine(1, skuA, ea(5), 104)), Instant.now()));

		OrderView order = awaitView(it -> it.lines().get(0).allocation().equals("RESERVED"));
		assertThat(order.lines().get(1).allocation()).isEqualTo("NO_INBOUND");
		assertThat(order.state()).isEqualTo("NEEDS_ATTENTION");
		assertThat(order.waitingFor()).isEqualTo("no inbound for line 2");
	}

	private void assertThatCancellationIsRefused() {
		assertThatThrownBy(() -> cancel.cancel(orderId, "too late")).isInstanceOf(OrderConflict.class)
			.hasMessageContaining("was dispatched");
	}

	private void placeOrder(String invoicing) {
		store(invoicing, 10);
	}

	private void store(String invoicing, long secondQuantity) {
		var content = new OrderContent("C-42", "MAIN", Invoicing.valueOf(invoicing),
				List.of(new OrderedLine(1, skuA, ea(5), Money.of("12.50", "EUR")),
						new OrderedLine(2, skuB, ea(secondQuantity), null)));
		transactions.executeWithoutResult(
				status -> orders.insertIfAbsent(CustomerOrder.place(new OrderId(orderId), content, Instant.now())));
	}

	private OrderCommand command(String invoicing, long secondQuantity) {
		return new OrderCommand("web", externalId, "C-42", "MAIN", invoicing,
				List.of(new OrderCommand.Line(1, skuA.code(), BigDecimal.valueOf(5), "EA", new BigDecimal("12.50"),
						"EUR"), new OrderCommand.Line(2, skuB.code(), BigDecimal.valueOf(secondQuantity), "EA", null,
								null)));
	}

	/** As Inventory would: in a transaction of its own, delivered to the Order module after it commits. */
	private void publish(IntegrationEvent event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private PickConfirmed picked(String warehouseEventId, int line, Sku sku, long quantity) {
		return new PickConfirmed(UUID.randomUUID(), flow(), warehouseEventId, orderId, "MAIN",
				List.of(new PickedLine(line, sku, ea(quantity))), Instant.now());
	}

	private ShipmentDispatched dispatched(String shipmentId, String warehouseEventId, int line, Sku sku,
			long quantity) {
		return new ShipmentDispatched(UUID.randomUUID(), flow(), warehouseEventId, orderId, shipmentId, "MAIN",
				List.of(new PickedLine(line, sku, ea(quantity))), "DHL", "TRACK-" + shipmentId, Instant.now());
	}

	private List<OrderShipped> shipped() {
		return recorded.of(OrderShipped.class, it -> it.orderId().equals(orderId));
	}

	private List<OrderReadyForInvoicing> invoices() {
		return recorded.of(OrderReadyForInvoicing.class, it -> it.orderId().equals(orderId));
	}

	private OrderView awaitView(java.util.function.Predicate<OrderView> condition) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> view.view(orderId).orElseThrow(), condition::test);
	}

	private OrderDetail awaitDetail(java.util.function.Predicate<OrderDetail> condition) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> findOrders.find(orderId).orElseThrow(), condition::test);
	}

	private static CorrelationId flow() {
		return CorrelationId.random();
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}
