package org.distributionhub.order.adapters.out.jdbc;

import static org.distributionhub.order.adapters.out.jdbc.JdbcCustomerOrders.instant;
import static org.distributionhub.order.adapters.out.jdbc.JdbcCustomerOrders.nullableInstant;
import static org.distributionhub.order.adapters.out.jdbc.JdbcCustomerOrders.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.distributionhub.order.api.FindOrdersAtRisk.OpenOrders;
import org.distributionhub.order.api.FindOrdersAtRisk.OrderAtRisk;
import org.distributionhub.order.api.FindOrdersAtRisk.OrderWorth;
import org.distributionhub.order.ports.out.OrdersAtRisk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the value, currency, promise and hold columns of table customer_order, each question in one statement. */
@Repository
class JdbcOrdersAtRisk implements OrdersAtRisk {

	private static final String OPEN_STATES = "'PLACED', 'ALLOCATED', 'BACKORDERED', 'NEEDS_ATTENTION', 'PICKING', "
			+ "'PARTIALLY_SHIPPED'";

	private final JdbcClient jdbc;

	JdbcOrdersAtRisk(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<OrderAtRisk> needingAttention(Instant placedBefore, int limit) {
		return jdbc.sql("""
				SELECT order_id, order_value, currency, promise_date, state, waiting_for, flagged, held_since,
				  placed_at, updated_at
				FROM customer_order
				WHERE held_since IS NOT NULL OR state = 'NEEDS_ATTENTION' OR (state = 'PLACED' AND placed_at < ?)
				ORDER BY placed_at, order_id LIMIT ?""")
			.params(ts(placedBefore), limit)
			.query((rs, row) -> new OrderAtRisk(worth(rs), rs.getString("state"), rs.getString("waiting_for"),
					rs.getBoolean("flagged"), nullableInstant(rs, "held_since"), instant(rs, "placed_at"),
					instant(rs, "updated_at")))
			.list();
	}

	@Override
	public List<OrderWorth> worth(Collection<String> orderIds) {
		if (orderIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT order_id, order_value, currency, promise_date FROM customer_order WHERE order_id IN ("
				+ String.join(", ", Collections.nCopies(orderIds.size(), "?")) + ")")
			.params(new ArrayList<Object>(orderIds))
			.query((rs, row) -> worth(rs))
			.list();
	}

	@Override
	public List<OpenOrders> openAt(String warehouse, int sample) {
		var totals = jdbc.sql("SELECT currency, COUNT(*), SUM(order_value), MIN(promise_date) FROM customer_order "
				+ "WHERE warehouse = ? AND state IN (" + OPEN_STATES + ") GROUP BY currency")
			.param(warehouse)
			.query((rs, row) -> new OpenOrders(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3),
					rs.getObject(4, LocalDate.class), List.of()))
			.list();
		if (totals.isEmpty() || sample == 0) {
			return totals;
		}
		List<String[]> ids = jdbc.sql("SELECT order_id, currency FROM customer_order WHERE warehouse = ? AND state IN ("
				+ OPEN_STATES + ") ORDER BY promise_date, placed_at LIMIT ?")
			.params(warehouse, sample)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		return totals.stream()
			.map(total -> new OpenOrders(total.currency(), total.orders(), total.value(), total.earliestPromiseDate(),
					ids.stream()
						.filter(id -> java.util.Objects.equals(id[1], total.currency()))
						.map(id -> id[0])
						.toList()))
			.toList();
	}

	private static OrderWorth worth(ResultSet rs) throws SQLException {
		return new OrderWorth(rs.getString("order_id"), rs.getBigDecimal("order_value"), rs.getString("currency"),
				rs.getObject("promise_date", LocalDate.class));
	}
}
