package org.distributionhub.order.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.order.api.FindOrders;
import org.distributionhub.order.domain.OrderId;
import org.distributionhub.order.domain.OrderState;
import org.distributionhub.order.ports.in.OrderView;
import org.distributionhub.order.ports.in.ViewOrder;
import org.distributionhub.order.ports.out.CustomerOrders;
import org.distributionhub.order.ports.out.OrderOverview;
import org.distributionhub.order.ports.out.OrderOverview.StateRow;
import org.distributionhub.order.ports.out.PromiseChanges;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers the console's and the intake API's questions about orders, reading without locking. */
@Service
@Transactional(readOnly = true)
class CustomerOrderQueries implements FindOrders, ViewOrder {

	static final int MAX_PAGE_SIZE = 500;
	static final int PROMISE_CHANGES_PER_ORDER = 50;

	private final CustomerOrders orders;
	private final OrderOverview overview;
	private final PromiseChanges promiseChanges;

	CustomerOrderQueries(CustomerOrders orders, OrderOverview overview, PromiseChanges promiseChanges) {
		this.orders = orders;
		this.overview = overview;
		this.promiseChanges = promiseChanges;
	}

	@Override
	public List<StateCount> countByState(Instant now) {
		Map<OrderState, StateRow> rows = overview.countByState(now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(7)))
			.stream()
			.collect(Collectors.toMap(StateRow::state, Function.identity()));
		return Arrays.stream(OrderState.values()).map(state -> {
			StateRow row = rows.get(state);
			return row == null ? new StateCount(state.name(), 0, 0, 0)
					: new StateCount(state.name(), row.count(), row.olderThanOneDay(), row.olderThanSevenDays());
		}).toList();
	}

	@Override
	public List<OrderSummary> find(@Nullable String state, boolean stuckOnly, int page, int size) {
		int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		Optional<OrderState> wanted = state == null || state.isBlank() ? Optional.empty()
				: Arrays.stream(OrderState.values()).filter(it -> it.name().equals(state.strip())).findFirst();
		if (wanted.isEmpty() && state != null && !state.isBlank()) {
			return List.of();
		}
		return overview.page(wanted.orElse(null), stuckOnly, Math.max(0, page) * limit, limit)
			.stream()
			.map(it -> new OrderSummary(it.orderId(), it.channel(), it.externalOrderId(), it.customer(),
					it.warehouse(), it.state().name(), it.placedAt(), it.updatedAt(), it.lines(), it.promiseDate(),
					it.waitingFor(), it.flagged()))
			.toList();
	}

	@Override
	public Optional<OrderDetail> find(String orderId) {
		if (!OrderId.isValid(orderId)) {
			return Optional.empty();
		}
		return orders.find(new OrderId(orderId))
			.map(order -> OrderViews.detail(order, promiseChanges.ofOrder(orderId, PROMISE_CHANGES_PER_ORDER)));
	}

	@Override
	public List<PromiseChange> latestPromiseChanges(int limit) {
		return promiseChanges.latest(Math.max(1, Math.min(limit, MAX_PAGE_SIZE)))
			.stream()
			.map(OrderViews::promiseChange)
			.toList();
	}

	@Override
	public Optional<OrderView> view(String orderId) {
		if (!OrderId.isValid(orderId)) {
			return Optional.empty();
		}
		return orders.find(new OrderId(orderId)).map(OrderViews::view);
	}
}
