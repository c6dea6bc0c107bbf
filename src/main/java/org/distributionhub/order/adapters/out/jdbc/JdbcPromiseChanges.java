package org.distributionhub.order.adapters.out.jdbc;

import static org.distributionhub.order.adapters.out.jdbc.JdbcCustomerOrders.instant;
import static org.distributionhub.order.adapters.out.jdbc.JdbcCustomerOrders.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.order.domain.Allocation;
import org.distributionhub.order.ports.out.PromiseChanges;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Promise changes in table order_promise_change, written in one batch per order change. */
@Repository
class JdbcPromiseChanges implements PromiseChanges {

	private static final String COLUMNS = """
			event_id, order_id, line_number, sku, previous_status, previous_promise_date, status, promise_date,
			  changed_at""";

	private final JdbcTemplate template;
	private final JdbcClient jdbc;

	JdbcPromiseChanges(JdbcTemplate template, JdbcClient jdbc) {
		this.template = template;
		this.jdbc = jdbc;
	}

	@Override
	public void record(List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		template.batchUpdate("INSERT INTO order_promise_change (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entries.stream()
					.map(it -> new Object[] { it.eventId(), it.orderId(), it.lineNumber(), it.sku(),
							name(it.previousStatus()), it.previousPromiseDate(), it.status().name(), it.promiseDate(),
							ts(it.changedAt()) })
					.toList());
	}

	@Override
	public List<Entry> latest(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM order_promise_change ORDER BY changed_at DESC, event_id LIMIT ?")
			.param(limit)
			.query((rs, row) -> entry(rs))
			.list();
	}

	@Override
	public List<Entry> ofOrder(String orderId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM order_promise_change WHERE order_id = ? ORDER BY changed_at DESC, event_id LIMIT ?")
			.params(orderId, limit)
			.query((rs, row) -> entry(rs))
			.list();
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		return new Entry(rs.getObject("event_id", UUID.class), rs.getString("order_id"), rs.getInt("line_number"),
				rs.getString("sku"), allocation(rs.getString("previous_status")),
				rs.getObject("previous_promise_date", LocalDate.class), Allocation.valueOf(rs.getString("status")),
				rs.getObject("promise_date", LocalDate.class), instant(rs, "changed_at"));
	}

	private static @Nullable String name(@Nullable Allocation status) {
		return status == null ? null : status.name();
	}

	private static @Nullable Allocation allocation(@Nullable String name) {
		return name == null ? null : Allocation.valueOf(name);
	}
}
