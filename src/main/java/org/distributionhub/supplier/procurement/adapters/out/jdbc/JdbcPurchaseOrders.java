package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.supplier.api.FindPurchaseOrderFlows.PurchaseOrderFlow;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderId;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.distributionhub.supplier.procurement.ports.out.PurchaseOrders;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Purchase orders in tables purchase_order and purchase_order_line; a line's supplier state is JSON text. */
@Repository
class JdbcPurchaseOrders implements PurchaseOrders {

	private final JdbcClient jdbc;

	JdbcPurchaseOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<PurchaseOrder> findForUpdate(PurchaseOrderId id) {
		return load(id, " FOR UPDATE");
	}

	@Override
	public Optional<PurchaseOrder> find(PurchaseOrderId id) {
		return load(id, "");
	}

	private Optional<PurchaseOrder> load(PurchaseOrderId id, String lock) {
		return jdbc.sql("SELECT * FROM purchase_order WHERE supplier_id = ? AND po_number = ?" + lock)
			.params(id.supplierId(), id.poNumber())
			.query((rs, row) -> header(rs))
			.optional()
			.map(header -> header.toOrder(lines(id, header.currency)));
	}

	private List<PurchaseOrderLine> lines(PurchaseOrderId id, @Nullable String currency) {
		return jdbc.sql("SELECT * FROM purchase_order_line WHERE supplier_id = ? AND po_number = ? ORDER BY position")
			.params(id.supplierId(), id.poNumber())
			.query((rs, row) -> line(rs, currency))
			.list();
	}

	@Override
	public void insert(PurchaseOrder order, Instant now) {
		jdbc.sql("""
				INSERT INTO purchase_order (supplier_id, po_number, revision, order_date, ship_to, currency,
				  acknowledged_at, ack_due_at, overdue_reported, functional_ack_status, state_version, created_at,
				  updated_at, correlation_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(order.id().supplierId(), order.id().poNumber(), order.revision(), order.orderDate(),
					order.shipTo(), order.currency(), ts(order.acknowledgedAt()), ts(order.acknowledgementDueAt()),
					order.overdueReported(), order.functionalAckStatus(), order.stateVersion(), ts(now), ts(now),
					Correlation.current().value())
			.update();
		insertLines(order);
	}

	@Override
	public void update(PurchaseOrder order, Instant now) {
		jdbc.sql("""
				UPDATE purchase_order SET revision = ?, order_date = ?, ship_to = ?, currency = ?, acknowledged_at = ?,
				  ack_due_at = ?, overdue_reported = ?, functional_ack_status = ?, state_version = ?, updated_at = ?
				WHERE supplier_id = ? AND po_number = ?""")
			.params(order.revision(), order.orderDate(), order.shipTo(), order.currency(), ts(order.acknowledgedAt()),
					ts(order.acknowledgementDueAt()), order.overdueReported(), order.functionalAckStatus(),
					order.stateVersion(), ts(now),
					order.id().supplierId(), order.id().poNumber())
			.update();
		jdbc.sql("DELETE FROM purchase_order_line WHERE supplier_id = ? AND po_number = ?")
			.params(order.id().supplierId(), order.id().poNumber())
			.update();
		insertLines(order);
	}

	private void insertLines(PurchaseOrder order) {
		int position = 0;
		for (PurchaseOrderLine line : order.lines()) {
			jdbc.sql("""
					INSERT INTO purchase_order_line (supplier_id, po_number, line_number, position, sku, ordered_amount,
					  unit, unit_price, requested_date, state, supplier_changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(order.id().supplierId(), order.id().poNumber(), line.lineNumber(), position++,
						line.sku().code(), line.ordered().amount(), line.ordered().unit().code(),
						line.unitPrice() == null ? null : line.unitPrice().amount(), line.requestedDate(),
						LineStateJson.write(line.state()),
						line.state().acknowledged() ? line.changedBySupplier() : null)
				.update();
		}
	}

	@Override
	public void recordDispatchGroup(PurchaseOrderId id, long groupControlNumber) {
		jdbc.sql("UPDATE purchase_order SET dispatch_group = ? WHERE supplier_id = ? AND po_number = ?")
			.params(groupControlNumber, id.supplierId(), id.poNumber())
			.update();
	}

	@Override
	public Optional<CorrelationId> correlationOf(PurchaseOrderId id) {
		return jdbc.sql("SELECT correlation_id FROM purchase_order WHERE supplier_id = ? AND po_number = ?")
			.params(id.supplierId(), id.poNumber())
			.query(String.class)
			.optional()
			.filter(CorrelationId::isValid)
			.map(CorrelationId::new);
	}

	@Override
	public List<PurchaseOrderFlow> flows(@Nullable String poNumber, @Nullable String correlationId) {
		return jdbc.sql("""
				SELECT supplier_id, po_number, revision, created_at, acknowledged_at, functional_ack_status,
				  correlation_id FROM purchase_order WHERE po_number = ? OR correlation_id = ?
				 ORDER BY created_at, supplier_id""")
			.params(poNumber, correlationId)
			.query((rs, row) -> new PurchaseOrderFlow(rs.getString("supplier_id"), rs.getString("po_number"),
					rs.getInt("revision"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("acknowledged_at") == null ? null : rs.getTimestamp("acknowledged_at").toInstant(),
					rs.getString("functional_ack_status"), rs.getString("correlation_id")))
			.list();
	}

	@Override
	public List<PurchaseOrderId> findByDispatchGroup(String supplierId, long groupControlNumber) {
		return jdbc.sql("SELECT supplier_id, po_number FROM purchase_order WHERE supplier_id = ? AND dispatch_group = ?")
			.params(supplierId, groupControlNumber)
			.query((rs, row) -> new PurchaseOrderId(rs.getString(1), rs.getString(2)))
			.list();
	}

	@Override
	public List<PurchaseOrderId> findOverdue(Instant now, int limit) {
		return jdbc.sql("""
				SELECT supplier_id, po_number FROM purchase_order
				WHERE acknowledged_at IS NULL AND overdue_reported = FALSE AND ack_due_at <= ?
				ORDER BY ack_due_at LIMIT ?""")
			.params(ts(now), limit)
			.query((rs, row) -> new PurchaseOrderId(rs.getString(1), rs.getString(2)))
			.list();
	}

	@Override
	public List<UnacknowledgedOrder> findUnacknowledgedPastDue(Instant now, int limit) {
		return findUnacknowledgedPastDue(now, 0, limit);
	}

	@Override
	public long countUnacknowledgedPastDue(Instant now) {
		return jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE acknowledged_at IS NULL AND ack_due_at <= ?")
			.param(ts(now))
			.query(Long.class)
			.single();
	}

	@Override
	public List<UnacknowledgedOrder> findUnacknowledgedPastDue(Instant now, long offset, int limit) {
		return jdbc.sql("""
				SELECT supplier_id, po_number, revision, ack_due_at, overdue_reported, functional_ack_status
				FROM purchase_order WHERE acknowledged_at IS NULL AND ack_due_at <= ?
				ORDER BY ack_due_at, supplier_id, po_number LIMIT ? OFFSET ?""")
			.params(ts(now), limit, offset)
			.query((rs, row) -> new UnacknowledgedOrder(new PurchaseOrderId(rs.getString(1), rs.getString(2)),
					rs.getInt(3), rs.getTimestamp(4).toInstant(), rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Header header(ResultSet rs) throws SQLException {
		Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
		return new Header(new PurchaseOrderId(rs.getString("supplier_id"), rs.getString("po_number")),
				rs.getInt("revision"), rs.getObject("order_date", LocalDate.class), rs.getString("ship_to"),
				rs.getString("currency"), acknowledged == null ? null : acknowledged.toInstant(),
				rs.getTimestamp("ack_due_at").toInstant(), rs.getBoolean("overdue_reported"),
				rs.getString("functional_ack_status"), rs.getLong("state_version"));
	}

	private static PurchaseOrderLine line(ResultSet rs, @Nullable String currency) throws SQLException {
		UnitOfMeasure unit = new UnitOfMeasure(rs.getString("unit"));
		BigDecimal price = rs.getBigDecimal("unit_price");
		return new PurchaseOrderLine(rs.getString("line_number"), new Sku(rs.getString("sku")),
				new Quantity(rs.getBigDecimal("ordered_amount"), unit),
				price == null || currency == null ? null : new Money(price, Currency.getInstance(currency)),
				rs.getObject("requested_date", LocalDate.class), LineStateJson.read(rs.getString("state"), unit, currency));
	}

	/** The order's own row, before its lines are loaded. */
	private record Header(PurchaseOrderId id, int revision, LocalDate orderDate, String shipTo,
			@Nullable String currency, @Nullable Instant acknowledgedAt, Instant dueAt, boolean overdueReported,
			@Nullable String functionalAckStatus, long stateVersion) {

		PurchaseOrder toOrder(List<PurchaseOrderLine> lines) {
			return new PurchaseOrder(id, revision, orderDate, shipTo, currency, lines, dueAt)
				.restore(acknowledgedAt, overdueReported, functionalAckStatus, stateVersion);
		}
	}
}
