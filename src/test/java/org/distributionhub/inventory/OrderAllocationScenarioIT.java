package org.distributionhub.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.ports.in.DatedQuantity;
import org.distributionhub.inventory.ports.in.FindStockPositions;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines.RecordPurchaseOrderLinesCommand;
import org.distributionhub.inventory.ports.in.RescheduleInbound;
import org.distributionhub.inventory.ports.in.RescheduleInbound.RescheduleInboundCommand;
import org.distributionhub.inventory.ports.in.StockPositionView;
import org.distributionhub.order.events.AllocationRefused;
import org.distributionhub.order.events.OrderCancelled;
import org.distributionhub.order.events.OrderChanged;
import org.distributionhub.order.events.OrderPlaced;
import org.distributionhub.order.events.StockBackordered;
import org.distributionhub.order.events.StockReserved;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders placed, changed and cancelled as the Order module publishes them, and expected inbound that moves: the
 * decisions inventory tells back (reserved, backordered with a promise, refused), each line's version, and the
 * positions they leave.
 */
@SpringBootTest
class OrderAllocationScenarioIT {

	private static final LocalDate JUNE_1 = LocalDate.of(2027, 6, 1);
	private static final LocalDate JUNE_15 = LocalDate.of(2027, 6, 15);

	@TestConfiguration(proxyBeanMethods = false)
	static class Recording {

		@Bean
		RecordedAllocations recordedAllocations() {
			return new RecordedAllocations();
		}
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RecordedAllocations told;

	@Autowired
	MoveStock stock;

	@Autowired
	FindStockPositions positions;

	@Autowired
	RecordPurchaseOrderLines purchaseOrders;

	@Autowired
	RescheduleInbound acknowledgements;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final Sku sku = new Sku("AL-" + run);
	private final CorrelationId flow = CorrelationId.random();

	@Test
	void anOrderWithStockIsReservedAndARepeatedPlacementChangesNothing() {
		stock.receive(flow, "MAIN", List.of(new MoveStock.Movement(sku, ea(10))));
		var placed = placed("O-1-" + run, line(1, sku, 4), line(2, sku, 5));

		publish(placed);

		var reserved = awaitOne(StockReserved.class, placed.orderId());
		assertThat(reserved.correlationId()).isEqualTo(flow);
		assertThat(reserved.warehouse()).isEqualTo("MAIN");
		assertThat(reserved.lines()).containsExactly(new StockReserved.ReservedLine(1, sku, ea(4), 1),
				new StockReserved.ReservedLine(2, sku, ea(5), 1));
		assertThat(position().reserved()).isEqualByComparingTo("9");

		publish(new OrderPlaced(UUID.randomUUID(), flow, placed.orderId(), "WEB", "X-" + run, "C-1", "MAIN", 1,
				List.of(line(1, sku, 10)), Instant.now()));
		publish(new OrderChanged(UUID.randomUUID(), flow, placed.orderId(), "MAIN", 2, List.of(line(1, sku, 3),
				line(2, sku, 5)), Instant.now()));

		await().atMost(Duration.ofSeconds(20)).until(() -> told.of(StockReserved.class, placed.orderId()).size() == 2);
		assertThat(told.of(StockReserved.class, placed.orderId()).get(1).lines()).as("only the line that changed")
			.containsExactly(new StockReserved.ReservedLine(1, sku, ea(3), 2));
		assertThat(position().reserved()).isEqualByComparingTo("8");
	}

	@Test
	void aBackorderIsPromisedTheInboundDateAndRepromisedWhenTheSupplierCutsAndMovesIt() {
		stock.receive(flow, "MAIN", List.of(new MoveStock.Movement(sku, ea(2))));
		purchaseOrders.record(new RecordPurchaseOrderLinesCommand(flow, "ACME", "PO-" + run, 1, "MAIN",
				List.of(new RecordPurchaseOrderLinesCommand.Line("1", sku, ea(10), JUNE_1))));
		var first = placed("O-1-" + run, line(1, sku, 6));
		var second = placed("O-2-" + run, line(1, sku, 5));

		publish(first);
		assertThat(awaitOne(StockBackordered.class, first.orderId()).lines()).containsExactly(
				new StockBackordered.BackorderedLine(1, sku, ea(2), ea(4), JUNE_1, 1));
		publish(second);
		assertThat(awaitOne(StockBackordered.class, second.orderId()).lines()).containsExactly(
				new StockBackordered.BackorderedLine(1, sku, ea(0), ea(5), JUNE_1, 1));

		acknowledgements.reschedule(new RescheduleInboundCommand(flow, "ACME", "PO-" + run, "MAIN",
				List.of(new RescheduleInboundCommand.Line("1", sku,
						List.of(new DatedQuantity(ea(6), JUNE_1), new DatedQuantity(ea(4), null))))));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> told.of(StockBackordered.class, second.orderId()).size() == 2);
		assertThat(told.of(StockBackordered.class, second.orderId()).get(1).lines()).as("4 + 5 wanted, 6 dated")
			.containsExactly(new StockBackordered.BackorderedLine(1, sku, ea(0), ea(5), null, 2));
		assertThat(told.of(StockBackordered.class, first.orderId())).as("the older line keeps its promise").hasSize(1);

		acknowledgements.reschedule(new RescheduleInboundCommand(flow, "ACME", "PO-" + run, "MAIN",
				List.of(new RescheduleInboundCommand.Line("1", sku,
						List.of(new DatedQuantity(ea(6), JUNE_15), new DatedQuantity(ea(4), JUNE_15))))));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> told.of(StockBackordered.class, first.orderId()).size() == 2
					&& told.of(StockBackordered.class, second.orderId()).size() == 3);
		assertThat(told.of(StockBackordered.class, first.orderId()).get(1).lines().get(0).promiseDate())
			.isEqualTo(JUNE_15);
		assertThat(told.of(StockBackordered.class, second.orderId()).get(2).lines().get(0).promiseDate())
			.isEqualTo(JUNE_15);
		assertThat(position().availableToPromise()).containsExactly(
				new StockPositionView.AvailableView(StockPositionView.AvailableView.Source.ON_HAND, null, java.math.BigDecimal.ZERO),
				new StockPositionView.AvailableView(StockPositionView.AvailableView.Source.INBOUND, JUNE_15, java.math.BigDecimal.ONE));
	}

	@Test
	void aCancelledOrderReleasesItsStockToTheOldestWaitingOrder() {
		stock.receive(flow, "MAIN", List.of(new MoveStock.Movement(sku, ea(5))));
		var first = placed("O-1-" + run, line(1, sku, 5));
		var second = placed("O-2-" + run, line(1, sku, 3));
		publish(first);
		awaitOne(StockReserved.class, first.orderId());
		publish(second);
		awaitOne(StockBackordered.class, second.orderId());

		publish(new OrderCancelled(UUID.randomUUID(), flow, first.orderId(), "MAIN", 2, "customer", Instant.now()));

		var reserved = awaitOne(StockReserved.class, second.orderId());
		assertThat(reserved.lines()).containsExactly(new StockReserved.ReservedLine(1, sku, ea(3), 2));
		assertThat(position().reserved()).isEqualByComparingTo("3");
		assertThat(position().free()).isEqualByComparingTo("2");
		assertThat(stock.findOrder(first.orderId())).hasValueSatisfying(order -> assertThat(order.lines()).isEmpty());
	}

	@Test
	void linesOfUnknownSkusWarehousesAndUnitsAreRefusedWithTheirReason() {
		stock.receive(flow, "MAIN", List.of(new MoveStock.Movement(sku, ea(5))));
		var placed = placed("O-1-" + run, line(1, new Sku("NEVER-" + run), ea(1)),
				line(2, sku, Quantity.of(1, new UnitOfMeasure("CA"))), line(3, sku, ea(2)));
		var elsewhere = new OrderPlaced(UUID.randomUUID(), flow, "O-2-" + run, "WEB", "X2-" + run, "C-1", "NOWHERE",
				1, List.of(line(1, sku, 1)), Instant.now());

		publish(placed);
		publish(elsewhere);

		assertThat(awaitOne(AllocationRefused.class, placed.orderId()).lines())
			.extracting(AllocationRefused.RefusedLine::lineNumber, AllocationRefused.RefusedLine::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "UNKNOWN_SKU"),
					org.assertj.core.groups.Tuple.tuple(2, "UNIT_MISMATCH"));
		assertThat(awaitOne(StockReserved.class, placed.orderId()).lines()).extracting(StockReserved.ReservedLine::lineNumber)
			.containsExactly(3);
		assertThat(awaitOne(AllocationRefused.class, elsewhere.orderId()).lines()).singleElement().satisfies(it -> {
			assertThat(it.reason()).isEqualTo("UNKNOWN_WAREHOUSE");
			assertThat(it.message()).contains("NOWHERE");
		});
	}

	@Test
	void aDispatchConsumesTheReservationAndTheOrderStaysKnownToTheWarehouse() {
		stock.receive(flow, "MAIN", List.of(new MoveStock.Movement(sku, ea(10))));
		var placed = placed("O-1-" + run, line(1, sku, 4));
		publish(placed);
		awaitOne(StockReserved.class, placed.orderId());

		assertThat(stock.findOrder(placed.orderId())).hasValue(new MoveStock.AllocatedOrder(placed.orderId(), "MAIN",
				List.of(new MoveStock.OrderMovement(1, sku, ea(4)))));
		transactions.executeWithoutResult(status -> stock.dispatch(flow, placed.orderId(), "MAIN",
				List.of(new MoveStock.OrderMovement(1, sku, ea(4)))));

		assertThat(position().onHand()).isEqualByComparingTo("6");
		assertThat(position().reserved()).isEqualByComparingTo("0");
		assertThat(stock.findOrder("NO-SUCH-" + run)).isEmpty();
	}

	private StockPositionView position() {
		return positions.find(sku, "MAIN").get(0);
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private <T extends org.distributionhub.shared.IntegrationEvent> T awaitOne(Class<T> type, String orderId) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !told.of(type, orderId).isEmpty());
		var all = told.of(type, orderId);
		return all.get(all.size() - 1);
	}

	private OrderPlaced placed(String orderId, OrderPlaced.Line... lines) {
		return new OrderPlaced(UUID.randomUUID(), flow, orderId, "WEB", "X-" + orderId, "C-1", "MAIN", 1,
				List.of(lines), Instant.now());
	}

	private static OrderPlaced.Line line(int number, Sku sku, long amount) {
		return line(number, sku, ea(amount));
	}

	private static OrderPlaced.Line line(int number, Sku sku, Quantity quantity) {
		return new OrderPlaced.Line(number, sku, quantity, null);
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}
