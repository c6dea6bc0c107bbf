package org.distributionhub.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.distributionhub.order.OrderEventRecorder;
import org.distributionhub.order.api.FindOrders;
import org.distributionhub.order.api.FindOrders.OrderSummary;
import org.distributionhub.order.api.FindOrders.StateCount;
import org.distributionhub.order.domain.CustomerOrder;
import org.distributionhub.order.domain.Invoicing;
import org.distributionhub.order.domain.OrderContent;
import org.distributionhub.order.domain.OrderId;
import org.distributionhub.order.domain.OrderedLine;
import org.distributionhub.order.ports.in.RecordAllocation;
import org.distributionhub.order.ports.in.RecordAllocation.AllocationCommand;
import org.distributionhub.order.ports.in.RecordAllocation.Backordered;
import org.distributionhub.order.ports.in.RecordAllocation.Reserved;
import org.distributionhub.order.ports.out.CustomerOrders;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the console reads through {@link FindOrders}, over stored orders: counts by state and age, the stuck list,
 * newest first, one order with its promise changes. (Same context as OrderApiIT; the database may hold other orders,
 * so counts are compared before and after.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(OrderEventRecorder.class)
class CustomerOrderQueriesIT {

	private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);

	@Autowired
	FindOrders findOrders;

	@Autowired
	CustomerOrders orders;

	@Autowired
	RecordAllocation allocation;

	@Autowired
	TransactionTemplate transactions;

	private final String prefix = "Q-" + UUID.randomUUID().toString().substring(0, 8);
	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	@Test
	void ordersAreCountedByStateAndAgeAndListedNewestFirst() {
		StateCount before = placed(findOrders.countByState(now));
		var old = store("OLD", now.minus(Duration.ofDays(10)));
		var dayOld = store("DAY", now.minus(Duration.ofDays(2)));
		var fresh = store("NEW", now.minus(Duration.ofMinutes(5)));

		StateCount after = placed(findOrders.countByState(now));
		assertThat(after.count() - before.count()).isGreaterThanOrEqualTo(3);
		assertThat(after.olderThanOneDay() - before.olderThanOneDay()).isEqualTo(2);
		assertThat(after.olderThanSevenDays() - before.olderThanSevenDays()).isEqualTo(1);
		assertThat(findOrders.countByState(now)).extracting(StateCount::state)
			.contains("PLACED", "ALLOCATED", "BACKORDERED", "NEEDS_ATTENTION", "SHIPPED", "CANCELLED");

		List<OrderSummary> placed = findOrders.find("PLACED", true, 0, 500);
		assertThat(placed).isSortedAccordingTo(Comparator.comparing(OrderSummary::placedAt).reversed());
		assertThat(placed).extracting(OrderSummary::orderId).containsSubsequence(fresh, dayOld, old);
		assertThat(placed).filteredOn(it -> it.orderId().equals(old)).singleElement().satisfies(it -> {
			assertThat(it.waitingFor()).isEqualTo("allocation");
			assertThat(it.lines()).isEqualTo(2);
			assertThat(it.customer()).isEqualTo("C-42");
			assertThat(it.flagged()).isFalse();
		});
		assertThat(findOrders.find("PLACED", false, 0, 1)).hasSize(1);
		assertThat(findOrders.find("ALLOCATED", false, 0, 500)).extracting(OrderSummary::orderId)
			.doesNotContain(old);
	}

	@Test
	void anOrderShowsItsLinesAndPromiseChangesNewestFirstAndLeavesTheStuckListWhenAllocated() {
		String orderId = store("ONE", now);

		allocation.record(new AllocationCommand(orderId,
				List.of(new Reserved(1, sku(1), ea(5), 1), new Backordered(2, sku(2), ea(4), ea(6), DEC_4, 1))));
		allocation.record(new AllocationCommand(orderId, List.of(new Reserved(2, sku(2), ea(10), 2))));

		var detail = findOrders.find(orderId).orElseThrow();
		assertThat(detail.summary().state()).isEqualTo("ALLOCATED");
		assertThat(detail.summary().waitingFor()).isNull();
		assertThat(detail.lines()).extracting(FindOrders.LineDetail::ordered).containsExactly("5 EA", "10 EA");
		assertThat(detail.lines().get(1).reserved()).isEqualTo("10 EA");
		assertThat(detail.promiseChanges()).extracting(FindOrders.PromiseChange::status)
			.containsExactly("RESERVED", "BACKORDERED");
		assertThat(detail.promiseChanges().get(0).previousStatus()).isEqualTo("BACKORDERED");
		assertThat(detail.promiseChanges().get(0).previousPromiseDate()).isEqualTo(DEC_4);
		assertThat(findOrders.latestPromiseChanges(1)).singleElement()
			.satisfies(it -> assertThat(it.orderId()).isEqualTo(orderId));
		assertThat(findOrders.find(null, true, 0, 500)).extracting(OrderSummary::orderId).doesNotContain(orderId);
		assertThat(findOrders.find("web:nothing-" + prefix)).isEmpty();
		assertThat(findOrders.find("not an id")).isEmpty();
	}

	private String store(String suffix, Instant placedAt) {
		var id = OrderId.of("web", prefix + "-" + suffix);
		var content = new OrderContent("C-42", "MAIN", Invoicing.PER_ORDER,
				List.of(new OrderedLine(1, sku(1), ea(5), null), new OrderedLine(2, sku(2), ea(10), null)));
		transactions.executeWithoutResult(status -> orders.insertIfAbsent(CustomerOrder.place(id, content, placedAt)));
		return id.value();
	}

	private Sku sku(int line) {
		return new Sku(prefix + "-" + line);
	}

	private static StateCount placed(List<StateCount> counts) {
		return counts.stream().filter(it -> it.state().equals("PLACED")).findFirst().orElseThrow();
	}

	private static Quantity ea(long amount) {
		return Quantity.of(amount, UnitOfMeasure.EACH);
	}
}
