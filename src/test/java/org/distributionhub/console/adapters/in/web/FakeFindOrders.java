package org.distributionhub.console.adapters.in.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.distributionhub.order.api.FindOrders;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Orders in memory, newest first, with one detailed order and its promise changes. */
public class FakeFindOrders implements FindOrders {

	private final List<OrderSummary> all = new ArrayList<>();
	volatile @Nullable String lastQuery;

	public synchronized void clear() {
		all.clear();
	}

	public synchronized void add(OrderSummary order) {
		all.add(order);
	}

	@Override
	public synchronized List<StateCount> countByState(Instant now) {
		return all.stream().map(OrderSummary::state).distinct().sorted()
			.map(state -> new StateCount(state, all.stream().filter(o -> o.state().equals(state)).count(),
					all.stream().filter(o -> o.state().equals(state))
						.filter(o -> o.placedAt().isBefore(now.minus(Duration.ofDays(1)))).count(),
					all.stream().filter(o -> o.state().equals(state))
						.filter(o -> o.placedAt().isBefore(now.minus(Duration.ofDays(7)))).count()))
			.toList();
	}

	@Override
	public synchronized List<OrderSummary> find(@Nullable String state, boolean stuckOnly, int page, int size) {
		if (size > 1) {
			lastQuery = state + " stuck=" + stuckOnly + " page=" + page;
		}
		return all.stream().filter(o -> state == null || o.state().equals(state))
			.filter(o -> !stuckOnly || o.waitingFor() != null)
			.sorted((a, b) -> b.placedAt().compareTo(a.placedAt()))
			.skip((long) page * size).limit(size).toList();
	}

	@Override
	public synchronized Optional<OrderDetail> find(String orderId) {
		return all.stream().filter(o -> o.orderId().equals(orderId)).findFirst()
			.map(o -> new OrderDetail(o,
					List.of(new LineDetail(1, "A-1", "10 EA", "10 EA", "0 EA", LocalDate.parse("2026-12-01"),
							"RESERVED", null, "10 EA", "0 EA"),
							new LineDetail(2, "B-9", "2 EA", "0 EA", "0 EA", null, "REFUSED", "unknown SKU <B-9>",
									"0 EA", "0 EA")),
					List.of(new HeldStep("DISPATCH", "SHP-9", "its pick is not confirmed",
							o.updatedAt(), o.flagged())),
					latestPromiseChanges(10)));
	}

	@Override
	public List<PromiseChange> latestPromiseChanges(int limit) {
		return List.of(new PromiseChange("O-2", 1, "A-1", "BACKORDERED", LocalDate.parse("2026-12-01"),
				"NO_INBOUND", null, Instant.parse("2026-11-27T10:00:00Z")),
				new PromiseChange("O-2", 1, "A-1", null, null, "BACKORDERED", LocalDate.parse("2026-12-03"),
						Instant.parse("2026-11-26T10:00:00Z")));
	}

	/** Imported, not scanned: the only FindOrders the importing test's hub asks. */
	public static class Beans {

		@Bean
		@Primary
		FakeFindOrders fakeFindOrders() {
			return new FakeFindOrders();
		}
	}
}
