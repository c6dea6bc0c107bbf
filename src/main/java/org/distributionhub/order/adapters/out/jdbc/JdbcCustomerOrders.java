package org.distributionhub.order.adapters.out.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.distributionhub.order.domain.CustomerOrder;
import org.distributionhub.order.domain.Invoicing;
import org.distributionhub.order.domain.OrderId;
import org.distributionhub.order.domain.OrderSnapshot;
import org.distributionhub.order.ports.out.CustomerOrders;
import org.distributionhub.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Customer orders in table customer_order: one row per order, written in one statement. The columns the console
 * filters on are derived from the order at each save; lines, shipments and picks are JSON in {@code details}.
 */
@Repository
class JdbcCustomerOrders implements CustomerOrders {

	static final int WAITING_FOR_LENGTH = 1000;

	private final JdbcClient jdbc;

	JdbcCustomerOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CustomerOrder> findForUpdate(OrderId id) {
		return load(id, " FOR UPDATE");
	}

	@Override
	public Optional<CustomerOrder> find(OrderId id) {
		return load(id, "");
	}

	private Optional<CustomerOrder> load(OrderId id, String lock) {
		return jdbc.sql("""
				SELECT order_id, customer, warehouse, invoicing, revision, placed_at, updated_at, cancelled_at,
				  cancel_reason, invoices, details
				FROM customer_order WHERE order_id = ?""" + lock)
			.param(id.value())
			.query((rs, row) -> CustomerOrder.restore(snapshot(rs)))
			.optional();
	}

	@Override
	public boolean insertIfAbsent(CustomerOrder order) {
		OrderSnapshot s = order.snapshot();
		return jdbc.sql("""
				INSERT INTO customer_order (order_id, channel, external_order_id, customer, warehouse, invoicing,
				  revision, state, waiting_for, promise_date, line_count, held_since, unflagged_held_since, flagged,
				  invoices, placed_at, updated_at, cancelled_at, cancel_reason, details, order_value, currency)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(s.id().value(), s.id().channel(), s.id().externalOrderId(), s.customer(), s.warehouse(),
					s.invoicing().name(), s.revision(), order.state().name(), waitingFor(order), order.promiseDate(),
					order.content().lines().size(), ts(order.heldSince()), ts(order.unflaggedHeldSince()),
					order.flagged(), s.invoices(), ts(s.placedAt()), ts(s.updatedAt()), ts(s.cancelledAt()),
					s.cancelReason(), OrderDetailsJson.write(s), value(order), currency(order))
			.update() == 1;
	}

	@Override
	public void update(CustomerOrder order) {
		OrderSnapshot s = order.snapshot();
		int updated = jdbc.sql("""
				UPDATE customer_order SET customer = ?, invoicing = ?, revision = ?, state = ?, waiting_for = ?,
				  promise_date = ?, line_count = ?, held_since = ?, unflagged_held_since = ?, flagged = ?,
				  invoices = ?, updated_at = ?, cancelled_at = ?, cancel_reason = ?, details = ?, order_value = ?,
				  currency = ?
				WHERE order_id = ?""")
			.params(s.customer(), s.invoicing().name(), s.revision(), order.state().name(), waitingFor(order),
					order.promiseDate(), order.content().lines().size(), ts(order.heldSince()),
					ts(order.unflaggedHeldSince()), order.flagged(), s.invoices(), ts(s.updatedAt()),
					ts(s.cancelledAt()), s.cancelReason(), OrderDetailsJson.write(s), value(order), currency(order),
					s.id().value())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Order " + s.id() + " is not stored; it cannot be updated");
		}
	}

	@Override
	public List<OrderId> holdingUnflaggedSince(Instant heldBefore, int limit) {
		return jdbc.sql("""
				SELECT order_id FROM customer_order WHERE unflagged_held_since <= ?
				ORDER BY unflagged_held_since LIMIT ?""")
			.params(ts(heldBefore), limit)
			.query((rs, row) -> new OrderId(rs.getString(1)))
			.list();
	}

	@Override
	public HeldCounts heldCounts() {
		return jdbc.sql("""
				SELECT COUNT(*), COALESCE(SUM(CASE WHEN flagged THEN 1 ELSE 0 END), 0)
				FROM customer_order WHERE held_since IS NOT NULL""")
			.query((rs, row) -> new HeldCounts(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private static OrderSnapshot snapshot(ResultSet rs) throws SQLException {
		var details = OrderDetailsJson.read(rs.getString("details"));
		return new OrderSnapshot(new OrderId(rs.getString("order_id")), rs.getString("customer"),
				rs.getString("warehouse"), Invoicing.valueOf(rs.getString("invoicing")), rs.getInt("revision"),
				instant(rs, "placed_at"), instant(rs, "updated_at"), nullableInstant(rs, "cancelled_at"),
				rs.getString("cancel_reason"), rs.getInt("invoices"), details.lineSnapshots(),
				details.shipmentSnapshots(), details.pickRecords());
	}

	private static @Nullable String waitingFor(CustomerOrder order) {
		String text = order.waitingFor();
		return text == null || text.length() <= WAITING_FOR_LENGTH ? text
				: text.substring(0, WAITING_FOR_LENGTH - 3) + "...";
	}

	private static @Nullable BigDecimal value(CustomerOrder order) {
		return order.content().value().map(Money::amount).orElse(null);
	}

	private static @Nullable String currency(CustomerOrder order) {
		return order.content().value().map(money -> money.currency().getCurrencyCode()).orElse(null);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
