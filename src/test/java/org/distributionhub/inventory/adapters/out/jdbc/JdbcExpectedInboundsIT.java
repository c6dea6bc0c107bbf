package org.distributionhub.inventory.adapters.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.distributionhub.inventory.domain.PurchaseOrderLine;
import org.distributionhub.inventory.ports.in.RecordShipment;
import org.distributionhub.inventory.ports.in.RecordShipment.RecordShipmentCommand;
import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.distributionhub.inventory.ports.out.ExpectedInboundsContract;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The store's contract on the real database, and concurrent facts about the same line, on H2 and PostgreSQL. */
@SpringBootTest
class JdbcExpectedInboundsIT extends ExpectedInboundsContract {

	private static final int THREADS = 6;

	@Autowired
	ExpectedInbounds inbounds;

	@Autowired
	RecordShipment shipments;

	@Autowired
	JdbcClient jdbc;

	private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

	@Override
	protected ExpectedInbounds inbounds() {
		return inbounds;
	}

	@AfterEach
	void stopThePool() {
		pool.shutdownNow();
	}

	@Test
	void concurrentShipNoticesForOneUnknownLineAreAllKept() throws Exception {
		var start = new CountDownLatch(1);
		var notices = IntStream.range(0, THREADS * 2).mapToObj(i -> CompletableFuture.runAsync(() -> {
			await(start);
			shipments.record(notice("ASN-" + i, List.of("PO-1"), 10 + i));
		}, pool)).toList();
		start.countDown();
		CompletableFuture.allOf(notices.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

		var line = inbounds.lock(new PurchaseOrderLine(supplier, "PO-1", "1")).orElseThrow();
		assertThat(line.snapshot().shipments()).hasSize(THREADS * 2);
		assertThat(line.inTransit().totals())
			.containsExactly(Quantity.of(IntStream.range(0, THREADS * 2).map(i -> 10 + i).sum(), UnitOfMeasure.EACH));
	}

	@Test
	void concurrentShipNoticesOverlappingOnSeveralOrdersDoNotDeadlock() throws Exception {
		var start = new CountDownLatch(1);
		var notices = IntStream.range(0, THREADS * 2).mapToObj(i -> CompletableFuture.runAsync(() -> {
			await(start);
			var orders = i % 2 == 0 ? List.of("PO-1", "PO-2", "PO-3") : List.of("PO-3", "PO-2", "PO-1");
			shipments.record(notice("ASN-" + i, orders, 1));
		}, pool)).toList();
		start.countDown();
		CompletableFuture.allOf(notices.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

		for (String order : List.of("PO-1", "PO-2", "PO-3")) {
			assertThat(inbounds.lockOrder(supplier, order)).singleElement()
				.satisfies(it -> assertThat(it.snapshot().shipments()).hasSize(THREADS * 2));
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM expected_inbound_line WHERE supplier_id = ?")
			.param(supplier)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	private RecordShipmentCommand notice(String shipmentId, List<String> orders, long amount) {
		return new RecordShipmentCommand(CorrelationId.random(), supplier, shipmentId, LocalDate.of(2027, 5, 4),
				orders.stream()
					.map(order -> new RecordShipmentCommand.Line(order, "1", sku, "DC-1",
							Quantity.of(amount, UnitOfMeasure.EACH)))
					.toList());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
