package org.distributionhub.inventory.adapters.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.domain.AllocatedLineSnapshot;
import org.distributionhub.inventory.domain.OrderAllocation;
import org.distributionhub.inventory.domain.OrderLineKey;
import org.distributionhub.inventory.domain.PositionKey;
import org.distributionhub.inventory.domain.Refusal;
import org.distributionhub.inventory.domain.RefusalReason;
import org.distributionhub.inventory.domain.StockPosition;
import org.distributionhub.inventory.domain.StockPositionSnapshot;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines.RecordPurchaseOrderLinesCommand;
import org.distributionhub.inventory.ports.out.OrderAllocations;
import org.distributionhub.inventory.ports.out.StockPositions;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Positions, orders and their lines stored and read back as they were, and the queues read by position. */
@SpringBootTest
class JdbcStockAllocationsIT {

	@Autowired
	StockPositions positions;

	@Autowired
	OrderAllocations orders;

	@Autowired
	RecordPurchaseOrderLines purchaseOrders;

	@Autowired
	TransactionTemplate transactions;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final Sku sku = new Sku("JS-" + run);
	private final PositionKey main = new PositionKey("MAIN", sku);
	private final CorrelationId flow = CorrelationId.random();

	@Test
	void linesAreReadBackAsStoredAndQueuedByPosition() {
		var orderId = "JS-" + run;
		var waiting = line(orderId, 1, 3, 2, LocalDate.of(2027, 8, 2), null, false);
		var holding = line(orderId, 2, 5, 0, null, null, false);
		var refused = line(orderId, 3, 0, 0, null, new Refusal(RefusalReason.UNIT_MISMATCH, "kept in EA"), false);

		transactions.executeWithoutResult(status -> {
			assertThat(orders.addIfAbsent(OrderAllocation.restore(orderId, "MAIN", 1, false))).isTrue();
			assertThat(orders.addIfAbsent(OrderAllocation.restore(orderId, "WH-1", 7, true))).isFalse();
			orders.add(List.of(waiting, holding, refused));
		});

		assertThat(orders.lines(orderId)).containsExactly(waiting, holding, refused);
		assertThat(orders.backorders(main)).containsExactly(waiting);
		assertThat(orders.reservations(main)).containsExactlyInAnyOrder(waiting, holding);

		var released = line(orderId, 1, 0, 0, null, null, true);
		transactions.executeWithoutResult(status -> {
			var order = orders.lock(orderId).orElseThrow();
			assertThat(order.revision()).isEqualTo(1);
			orders.update(List.of(released));
			orders.save(OrderAllocation.restore(orderId, "MAIN", 2, true));
		});

		assertThat(orders.lines(orderId)).containsExactly(released, holding, refused);
		assertThat(orders.backorders(main)).isEmpty();
		assertThat(orders.find(orderId)).hasValueSatisfying(order -> {
			assertThat(order.revision()).isEqualTo(2);
			assertThat(order.cancelled()).isTrue();
		});
	}

	@Test
	void aPositionIsStoredOnceAndReadBackAsSaved() {
		transactions.executeWithoutResult(status -> {
			positions.addIfAbsent(StockPosition.empty(main, new UnitOfMeasure("CA")));
			positions.addIfAbsent(StockPosition.empty(main, UnitOfMeasure.EACH));
			var locked = positions.lock(main).orElseThrow();
			assertThat(locked.unit()).isEqualTo(new UnitOfMeasure("CA"));
			positions.save(new StockPositionSnapshot(main, locked.unit(), BigDecimal.valueOf(12), BigDecimal.valueOf(5),
					BigDecimal.valueOf(2), BigDecimal.ONE, 4));
		});

		assertThat(positions.find(sku, null)).containsExactly(new StockPositionSnapshot(main, new UnitOfMeasure("CA"),
				BigDecimal.valueOf(12), BigDecimal.valueOf(5), BigDecimal.valueOf(2), BigDecimal.ONE, 4));
		assertThat(positions.stocked("MAIN")).contains(sku);
		assertThat(positions.unitOf(sku)).contains(new UnitOfMeasure("CA"));
		assertThat(positions.isKnown(sku)).isTrue();
	}

	@Test
	void aSkuOnlyExpectedInboundIsKnownInItsUnit() {
		var expected = new Sku("JX-" + run);
		assertThat(positions.isKnown(expected)).isFalse();

		purchaseOrders.record(new RecordPurchaseOrderLinesCommand(flow, "ACME", "PO-" + run, 1, "MAIN",
				List.of(new RecordPurchaseOrderLinesCommand.Line("1", expected, Quantity.of(4, new UnitOfMeasure("BX")),
						LocalDate.of(2027, 8, 2)))));

		assertThat(positions.isKnown(expected)).isTrue();
		assertThat(positions.unitOf(expected)).contains(new UnitOfMeasure("BX"));
		assertThat(positions.find(expected, null)).isEmpty();
	}

	private AllocatedLineSnapshot line(String orderId, int number, long reserved, long backordered,
			LocalDate promise, Refusal refusal, boolean released) {
		return new AllocatedLineSnapshot(new OrderLineKey(orderId, number), flow, "MAIN", sku, UnitOfMeasure.EACH,
				number, BigDecimal.valueOf(reserved + backordered), BigDecimal.valueOf(reserved),
				BigDecimal.valueOf(backordered), BigDecimal.ZERO, promise, refusal, released, number);
	}
}
