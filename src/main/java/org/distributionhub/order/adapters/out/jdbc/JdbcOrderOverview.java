package org.distributionhub.order.adapters.out.jdbc;

import static org.distributionhub.order.adapters.out.jdbc.JdbcCustomerOrders.instant;
import static org.distributionhub.order.adapters.out.jdbc.JdbcCustomerOrders.ts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.order.domain.OrderState;
import org.distributionhub.order.ports.out.OrderOverview;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the order headers of table customer_order for the console's counts and lists. */
@Repository
class JdbcOrderOverview implements OrderOverview {

	private final JdbcClient jdbc;

	JdbcOrderOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<StateRow> countByState(Instant dayAgo, Instant weekAgo) {
		return jdbc.sql("""
				SELECT state, COUNT(*), SUM(CASE WHEN placed_at < ? THEN 1 ELSE 0 END),
				  SUM(CASE WHEN placed_at < ? THEN 1 ELSE 0 END)
				FROM customer_order GROUP BY state""")
			.params(ts(dayAgo), ts(weekAgo))
			.query((rs, row) -> new StateRow(OrderState.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	@Override
	public List<SummaryRow> page(@Nullable OrderState state, boolean stuckOnly, int offset, int limit) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (state != null) {
			conditions.add("state = ?");
			params.add(state.name());
		}
		if (stuckOnly) {
			conditions.add("(waiting_for IS NOT NULL OR flagged = TRUE)");
		}
		params.add(limit);
		params.add(offset);
		return jdbc.sql("""
				SELECT order_id, channel, external_order_id, customer, warehouse, state, placed_at, updated_at,
				  line_count, promise_date, waiting_for, flagged
				FROM customer_order""" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
				+ " ORDER BY placed_at DESC, order_id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> new SummaryRow(rs.getString("order_id"), rs.getString("channel"),
					rs.getString("external_order_id"), rs.getString("customer"), rs.getString("warehouse"),
					OrderState.valueOf(rs.getString("state")), instant(rs, "placed_at"), instant(rs, "updated_at"),
					rs.getInt("line_count"), rs.getObject("promise_date", LocalDate.class),
					rs.getString("waiting_for"), rs.getBoolean("flagged")))
			.list();
	}
}
