package org.distributionhub.inventory.adapters.out.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.distributionhub.inventory.domain.AllocatedLineSnapshot;
import org.distributionhub.inventory.domain.OrderAllocation;
import org.distributionhub.inventory.domain.OrderLineKey;
import org.distributionhub.inventory.domain.PositionKey;
import org.distributionhub.inventory.domain.Refusal;
import org.distributionhub.inventory.domain.RefusalReason;
import org.distributionhub.inventory.ports.out.OrderAllocations;
import org.distributionhub.platform.jdbc.ConcurrentWrites;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Orders in table stock_order and their lines in stock_allocation_line, with the same SQL on H2 and PostgreSQL. An
 * order is locked with SELECT ... FOR UPDATE; adding one that another transaction is adding waits for it.
 */
@Repository
class JdbcOrderAllocations implements OrderAllocations {

	private static final String LINE_COLUMNS = """
			correlation_id, warehouse, sku, unit, sequence_number, ordered, reserved, backordered, dispatched,
			promise_date, refusal_reason, refusal_message, released, allocation_version, waiting, holding""";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	JdbcOrderAllocations(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@Override
	public boolean addIfAbsent(OrderAllocation order) {
		return ConcurrentWrites.retried(() -> jdbc.sql("""
				INSERT INTO stock_order (order_id, warehouse, revision, cancelled, updated_at)
				VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)
				ON CONFLICT DO NOTHING""")
			.params(order.orderId(), order.warehouse(), order.revision(), order.cancelled())
			.update() == 1);
	}

	@Override
	public Optional<OrderAllocation> lock(String orderId) {
		return jdbc.sql("SELECT * FROM stock_order WHERE order_id = ? FOR UPDATE")
			.param(orderId)
			.query(JdbcOrderAllocations::order)
			.optional();
	}

	@Override
	public Optional<OrderAllocation> find(String orderId) {
		return jdbc.sql("SELECT * FROM stock_order WHERE order_id = ?")
			.param(orderId)
			.query(JdbcOrderAllocations::order)
			.optional();
	}

	@Override
	public void save(OrderAllocation order) {
		int updated = jdbc.sql("""
				UPDATE stock_order SET warehouse = ?, revision = ?, cancelled = ?, updated_at = CURRENT_TIMESTAMP
				WHERE order_id = ?""")
			.params(order.warehouse(), order.revision(), order.cancelled(), order.orderId())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Order " + order.orderId() + " is not stored; add it before saving it");
		}
	}

	@Override
	public List<AllocatedLineSnapshot> lines(String orderId) {
		return jdbc.sql("SELECT * FROM stock_allocation_line WHERE order_id = ? ORDER BY line_number")
			.param(orderId)
			.query(JdbcOrderAllocations::line)
			.list();
	}

	@Override
	public List<AllocatedLineSnapshot> backorders(PositionKey position) {
		return jdbc.sql("""
				SELECT * FROM stock_allocation_line WHERE warehouse = ? AND sku = ? AND waiting = TRUE
				ORDER BY sequence_number""")
			.params(position.warehouse(), position.sku().code())
			.query(JdbcOrderAllocations::line)
			.list();
	}

	@Override
	public List<AllocatedLineSnapshot> reservations(PositionKey position) {
		return jdbc.sql("""
				SELECT * FROM stock_allocation_line WHERE warehouse = ? AND sku = ? AND holding = TRUE
				ORDER BY sequence_number DESC""")
			.params(position.warehouse(), position.sku().code())
			.query(JdbcOrderAllocations::line)
			.list();
	}

	@Override
	public void add(Collection<AllocatedLineSnapshot> lines) {
		if (lines.isEmpty()) {
			return;
		}
		batch.batchUpdate("INSERT INTO stock_allocation_line (" + LINE_COLUMNS + """
				, updated_at, order_id, line_number)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?, ?)""",
				lines.stream().map(JdbcOrderAllocations::values).toList(), types());
	}

	@Override
	public void update(Collection<AllocatedLineSnapshot> lines) {
		if (lines.isEmpty()) {
			return;
		}
		String assignments = String.join(" = ?, ", LINE_COLUMNS.replace("\n", " ").split(",\\s*")) + " = ?";
		int[] updated = batch.batchUpdate("UPDATE stock_allocation_line SET " + assignments
				+ ", updated_at = CURRENT_TIMESTAMP WHERE order_id = ? AND line_number = ?",
				lines.stream().map(JdbcOrderAllocations::values).toList(), types());
		for (int count : updated) {
			if (count == 0) {
				throw new IllegalStateException("An order line to update is not stored");
			}
		}
	}

	private static Object[] values(AllocatedLineSnapshot line) {
		var refusal = line.refusal();
		return new Object[] { line.correlationId().value(), line.warehouse(), line.sku().code(), line.unit().code(),
				line.sequence(), line.ordered(), line.reserved(), line.backordered(), line.dispatched(),
				line.promiseDate() == null ? null : Date.valueOf(line.promiseDate()),
				refusal == null ? null : refusal.reason().name(), refusal == null ? null : refusal.message(),
				line.released(), line.version(), line.backordered().signum() > 0, line.reserved().signum() > 0,
				line.key().orderId(), line.key().lineNumber() };
	}

	private static int[] types() {
		return new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.NUMERIC,
				Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN,
				Types.BIGINT, Types.BOOLEAN, Types.BOOLEAN, Types.VARCHAR, Types.INTEGER };
	}

	private static OrderAllocation order(ResultSet rs, int row) throws SQLException {
		return OrderAllocation.restore(rs.getString("order_id"), rs.getString("warehouse"), rs.getInt("revision"),
				rs.getBoolean("cancelled"));
	}

	private static AllocatedLineSnapshot line(ResultSet rs, int row) throws SQLException {
		Date promise = rs.getDate("promise_date");
		String reason = rs.getString("refusal_reason");
		return new AllocatedLineSnapshot(new OrderLineKey(rs.getString("order_id"), rs.getInt("line_number")),
				new CorrelationId(rs.getString("correlation_id")), rs.getString("warehouse"),
				new Sku(rs.getString("sku")), new UnitOfMeasure(rs.getString("unit")), rs.getLong("sequence_number"),
				amount(rs, "ordered"), amount(rs, "reserved"), amount(rs, "backordered"), amount(rs, "dispatched"),
				promise == null ? null : promise.toLocalDate(),
				reason == null ? null : new Refusal(RefusalReason.valueOf(reason), rs.getString("refusal_message")),
				rs.getBoolean("released"), rs.getLong("allocation_version"));
	}

	private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column);
	}
}
