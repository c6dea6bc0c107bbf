package org.distributionhub.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.distributionhub.inventory.ports.in.AllocateOrders;
import org.distributionhub.inventory.ports.in.AllocateOrders.AllocateOrderCommand;
import org.distributionhub.inventory.ports.in.AllocateOrders.ReleaseOrderCommand;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sixteen threads place, change and cancel orders for the same two SKUs (lines in either order) while goods arrive:
 * nothing is oversold, each position reserves exactly min(stock, demand) and holds what its lines hold, and no thread fails.
 */
@SpringBootTest
class ConcurrentAllocationIT {

	static final int THREADS = 16;
	static final int ORDERS_PER_THREAD = 8;

	@Autowired
	AllocateOrders allocation;

	@Autowired
	MoveStock stock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sixteenThreadsNeverOversell() {
		var run = UUID.randomUUID().toString().substring(0, 8);
		var first = new Sku("CC-A-" + run);
		var second = new Sku("CC-B-" + run);
		stock.receive(CorrelationId.random(), "MAIN",
				List.of(new MoveStock.Movement(first, ea(40)), new MoveStock.Movement(second, ea(25))));

		var orders = ordersFor(run, first, second);
		ExecutorService threads = Executors.newFixedThreadPool(THREADS + 1);
		try {
			var work = new ArrayList<CompletableFuture<Void>>();
			for (int thread = 0; thread < THREADS; thread++) {
				var mine = orders.subList(thread * ORDERS_PER_THREAD, (thread + 1) * ORDERS_PER_THREAD);
				work.add(CompletableFuture.runAsync(() -> {
					mine.forEach(allocation::allocate);
					revise(mine.get(1));
					allocation.release(new ReleaseOrderCommand(CorrelationId.random(), mine.get(2).orderId(), "MAIN", 2));
					revise(mine.get(3));
				}, threads));
			}
			work.add(CompletableFuture.runAsync(() -> {
				for (int i = 0; i < 5; i++) {
					stock.receive(CorrelationId.random(), "MAIN",
							List.of(new MoveStock.Movement(second, ea(3)), new MoveStock.Movement(first, ea(2))));
				}
			}, threads));
			CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
		}
		finally {
			threads.shutdown();
		}

		var live = new ArrayList<AllocateOrderCommand>();
		for (int thread = 0; thread < THREADS; thread++) {
			var mine = orders.subList(thread * ORDERS_PER_THREAD, (thread + 1) * ORDERS_PER_THREAD);
			for (int i = 0; i < mine.size(); i++) {
				if (i == 1 || i == 3) {
					live.add(revised(mine.get(i)));
				}
				else if (i != 2) {
					live.add(mine.get(i));
				}
			}
		}
		assertAllocated(jdbc, first, demand(live, first));
		assertAllocated(jdbc, second, demand(live, second));
	}

	private void revise(AllocateOrderCommand order) {
		allocation.allocate(revised(order));
	}

	/** Revision 2: the first line's quantity doubled, the second line dropped, a line of the other SKU added. */
	private static AllocateOrderCommand revised(AllocateOrderCommand order) {
		var kept = order.lines().get(0);
		var other = order.lines().stream().map(AllocateOrderCommand.Line::sku).filter(it -> !it.equals(kept.sku()))
			.findFirst();
		var lines = new ArrayList<AllocateOrderCommand.Line>();
		lines.add(new AllocateOrderCommand.Line(kept.lineNumber(), kept.sku(), kept.quantity().plus(kept.quantity())));
		other.ifPresent(sku -> lines.add(new AllocateOrderCommand.Line(3, sku, ea(1))));
		return new AllocateOrderCommand(order.correlationId(), order.orderId(), "MAIN", 2, lines);
	}

	/** On hand never below reserved, reserved = min(on hand, demand), the lines add up to the position. */
	static void assertAllocated(JdbcClient jdbc, Sku sku, BigDecimal demand) {
		var position = jdbc.sql("SELECT on_hand, reserved, backordered FROM stock_position WHERE warehouse = 'MAIN' "
				+ "AND sku = ?").param(sku.code()).query((rs, row) -> new BigDecimal[] { rs.getBigDecimal(1),
						rs.getBigDecimal(2), rs.getBigDecimal(3) }).single();
		var lines = jdbc.sql("SELECT COALESCE(SUM(reserved), 0), COALESCE(SUM(backordered), 0) FROM "
				+ "stock_allocation_line WHERE warehouse = 'MAIN' AND sku = ?").param(sku.code())
			.query((rs, row) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2) })
			.single();
		var onHand = position[0];
		assertThat(position[1]).as("reserved of %s", sku).isLessThanOrEqualTo(onHand)
			.isEqualByComparingTo(onHand.min(demand));
		assertThat(position[2]).as("backordered of %s", sku).isEqualByComparingTo(demand.subtract(position[1]));
		assertThat(lines[0]).as("reservations of the lines of %s", sku).isEqualByComparingTo(position[1]);
		assertThat(lines[1]).as("backorders of the lines of %s", sku).isEqualByComparingTo(position[2]);
	}

	private static List<AllocateOrderCommand> ordersFor(String run, Sku first, Sku second) {
		var random = new Random(run.hashCode());
		var orders = new ArrayList<AllocateOrderCommand>();
		for (int i = 0; i < THREADS * ORDERS_PER_THREAD; i++) {
			var a = new AllocateOrderCommand.Line(1, first, ea(1 + random.nextInt(3)));
			var b = new AllocateOrderCommand.Line(2, second, ea(1 + random.nextInt(2)));
			List<AllocateOrderCommand.Line> lines = switch (i % 3) {
				case 0 -> List.of(a);
				case 1 -> List.of(a, b);
				default -> List.of(new AllocateOrderCommand.Line(1, second, b.quantity()),
						new AllocateOrderCommand.Line(2, first, a.quantity()));
			};
			orders.add(new AllocateOrderCommand(CorrelationId.random(), "CC-" + run + "-" + i, "MAIN", 1, lines));
		}
		return orders;
	}

	static BigDecimal demand(List<AllocateOrderCommand> orders, Sku sku) {
		return orders.stream()
			.flatMap(it -> it.lines().stream())
			.filter(it -> it.sku().equals(sku))
			.map(it -> it.quantity().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}
