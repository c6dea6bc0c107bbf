package org.distributionhub.inventory;

import static org.distributionhub.inventory.ConcurrentAllocationIT.assertAllocated;
import static org.distributionhub.inventory.ConcurrentAllocationIT.demand;
import static org.distributionhub.inventory.ConcurrentAllocationIT.ea;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.distributionhub.DistributionHubApplication;
import org.distributionhub.inventory.ports.in.AllocateOrders;
import org.distributionhub.inventory.ports.in.AllocateOrders.AllocateOrderCommand;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.platform.TestDatabase;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Sku;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two hub instances on one database allocate orders for the same SKU at once, eight threads each, while both take
 * in goods and one corrects the count down: the position is never oversold and reserves exactly min(stock, demand).
 */
class TwoHubsAllocationIT {

	@Test
	void twoInstancesNeverOversell() {
		var run = UUID.randomUUID().toString().substring(0, 8);
		var sku = new Sku("TW-" + run);
		var database = TestDatabase.forProcesses("allocation-twins");
		try (var first = start(database); var second = start(database)) {
			first.getBean(MoveStock.class).receive(CorrelationId.random(), "MAIN", List.of(new MoveStock.Movement(sku, ea(60))));
			var orders = new ArrayList<AllocateOrderCommand>();
			for (int i = 0; i < 128; i++) {
				orders.add(new AllocateOrderCommand(CorrelationId.random(), "TW-" + run + "-" + i, "MAIN", 1,
						List.of(new AllocateOrderCommand.Line(1, sku, ea(1 + i % 3)))));
			}
			var work = new ArrayList<CompletableFuture<Void>>();
			var instances = List.of(first, second);
			for (int thread = 0; thread < 16; thread++) {
				var allocation = instances.get(thread % 2).getBean(AllocateOrders.class);
				var mine = orders.subList(thread * 8, (thread + 1) * 8);
				work.add(CompletableFuture.runAsync(() -> mine.forEach(allocation::allocate)));
			}
			for (var instance : instances) {
				var stock = instance.getBean(MoveStock.class);
				work.add(CompletableFuture.runAsync(() -> {
					for (int i = 0; i < 5; i++) {
						stock.receive(CorrelationId.random(), "MAIN", List.of(new MoveStock.Movement(sku, ea(4))));
					}
				}));
			}
			var stock = second.getBean(MoveStock.class);
			work.add(CompletableFuture.runAsync(() -> stock.adjust(CorrelationId.random(), "MAIN", sku,
					java.math.BigDecimal.valueOf(-7))));
			CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();

			assertAllocated(first.getBean(JdbcClient.class), sku, demand(orders, sku));
		}
	}

	private static ConfigurableApplicationContext start(TestDatabase database) {
		var arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of("--spring.profiles.active=test", "--server.port=0"));
		return new SpringApplicationBuilder(DistributionHubApplication.class).run(arguments.toArray(String[]::new));
	}
}
