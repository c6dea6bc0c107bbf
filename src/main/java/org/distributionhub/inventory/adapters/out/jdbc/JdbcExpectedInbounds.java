package org.distributionhub.inventory.adapters.out.jdbc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.inventory.domain.Delivery;
import org.distributionhub.inventory.domain.ExpectedInbound;
import org.distributionhub.inventory.domain.ExpectedInboundSnapshot;
import org.distributionhub.inventory.domain.PurchaseOrderLine;
import org.distributionhub.inventory.domain.Receipt;
import org.distributionhub.inventory.domain.Shipment;
import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.distributionhub.platform.jdbc.ConcurrentWrites;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Expected inbound in tables expected_inbound_line, expected_inbound_entry and expected_inbound_receipt, with the
 * same SQL on H2 and
 * PostgreSQL. A line is locked with SELECT ... FOR UPDATE; adding one that another transaction is adding waits for
 * it ({@link ConcurrentWrites}), so concurrent facts about one line apply one after the other.
 */
@Repository
class JdbcExpectedInbounds implements ExpectedInbounds {

	private static final String LINE_KEY = "supplier_id = ? AND po_number = ? AND line_number = ?";

	private final JdbcClient jdbc;

	JdbcExpectedInbounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void addIfAbsent(ExpectedInbound inbound) {
		var state = inbound.snapshot();
		var line = state.line();
		boolean added = ConcurrentWrites.retried(() -> jdbc.sql("""
				INSERT INTO expected_inbound_line (supplier_id, po_number, line_number, sku, location, revision,
				    acknowledged, expecting, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)
				ON CONFLICT DO NOTHING""")
			.params(line.supplierId(), line.poNumber(), line.lineNumber(), state.sku().code(), state.location(),
					state.revision(), state.acknowledged(), !inbound.expected().isEmpty())
			.update() == 1);
		if (added) {
			insertEntries(state);
		}
	}

	@Override
	public Optional<ExpectedInbound> lock(PurchaseOrderLine line) {
		var rows = jdbc.sql("SELECT * FROM expected_inbound_line WHERE " + LINE_KEY + " FOR UPDATE")
			.params(line.supplierId(), line.poNumber(), line.lineNumber())
			.query(JdbcExpectedInbounds::lineRow)
			.list();
		var entries = jdbc.sql("SELECT * FROM expected_inbound_entry WHERE " + LINE_KEY + " ORDER BY position")
			.params(line.supplierId(), line.poNumber(), line.lineNumber())
			.query(JdbcExpectedInbounds::entryRow)
			.list();
		var receipts = jdbc.sql("SELECT * FROM expected_inbound_receipt WHERE " + LINE_KEY)
			.params(line.supplierId(), line.poNumber(), line.lineNumber())
			.query(JdbcExpectedInbounds::receiptRow)
			.list();
		return assemble(rows, entries, receipts).stream().findFirst();
	}

	@Override
	public List<ExpectedInbound> lockOrder(String supplierId, String poNumber) {
		return order(supplierId, poNumber, " FOR UPDATE");
	}

	@Override
	public List<ExpectedInbound> ofOrder(String supplierId, String poNumber) {
		return order(supplierId, poNumber, "");
	}

	private List<ExpectedInbound> order(String supplierId, String poNumber, String lock) {
		var rows = jdbc.sql("""
				SELECT * FROM expected_inbound_line WHERE supplier_id = ? AND po_number = ?
				ORDER BY line_number""" + lock)
			.params(supplierId, poNumber)
			.query(JdbcExpectedInbounds::lineRow)
			.list();
		var entries = jdbc.sql("""
				SELECT * FROM expected_inbound_entry WHERE supplier_id = ? AND po_number = ?
				ORDER BY line_number, position""")
			.params(supplierId, poNumber)
			.query(JdbcExpectedInbounds::entryRow)
			.list();
		var receipts = jdbc.sql("SELECT * FROM expected_inbound_receipt WHERE supplier_id = ? AND po_number = ?")
			.params(supplierId, poNumber)
			.query(JdbcExpectedInbounds::receiptRow)
			.list();
		return assemble(rows, entries, receipts);
	}

	@Override
	public List<ExpectedInbound> lockPurchaseOrder(String poNumber) {
		var rows = jdbc.sql("""
				SELECT * FROM expected_inbound_line WHERE po_number = ?
				ORDER BY supplier_id, line_number FOR UPDATE""")
			.param(poNumber)
			.query(JdbcExpectedInbounds::lineRow)
			.list();
		var entries = jdbc.sql("SELECT * FROM expected_inbound_entry WHERE po_number = ? ORDER BY position")
			.param(poNumber)
			.query(JdbcExpectedInbounds::entryRow)
			.list();
		var receipts = jdbc.sql("SELECT * FROM expected_inbound_receipt WHERE po_number = ?")
			.param(poNumber)
			.query(JdbcExpectedInbounds::receiptRow)
			.list();
		return assemble(rows, entries, receipts);
	}

	@Override
	public void save(ExpectedInbound inbound) {
		var state = inbound.snapshot();
		var line = state.line();
		int updated = jdbc.sql("""
				UPDATE expected_inbound_line SET sku = ?, location = ?, revision = ?, acknowledged = ?, expecting = ?,
				    updated_at = CURRENT_TIMESTAMP
				WHERE""" + " " + LINE_KEY)
			.params(state.sku().code(), state.location(), state.revision(), state.acknowledged(),
					!inbound.expected().isEmpty(), line.supplierId(), line.poNumber(), line.lineNumber())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Expected inbound " + line + " is not stored; add it before saving it");
		}
		jdbc.sql("DELETE FROM expected_inbound_entry WHERE " + LINE_KEY)
			.params(line.supplierId(), line.poNumber(), line.lineNumber())
			.update();
		jdbc.sql("DELETE FROM expected_inbound_receipt WHERE " + LINE_KEY)
			.params(line.supplierId(), line.poNumber(), line.lineNumber())
			.update();
		insertEntries(state);
	}

	@Override
	public List<ExpectedInbound> expecting(Sku sku, @Nullable String location) {
		String where = "l.sku = :sku AND l.expecting = TRUE" + (location == null ? "" : " AND l.location = :location");
		Map<String, Object> params = location == null ? Map.of("sku", sku.code())
				: Map.of("sku", sku.code(), "location", location);
		var rows = jdbc.sql("SELECT l.* FROM expected_inbound_line l WHERE " + where
				+ " ORDER BY l.location, l.supplier_id, l.po_number, l.line_number")
			.params(params)
			.query(JdbcExpectedInbounds::lineRow)
			.list();
		var entries = jdbc.sql("""
				SELECT e.* FROM expected_inbound_entry e
				JOIN expected_inbound_line l ON l.supplier_id = e.supplier_id AND l.po_number = e.po_number
				    AND l.line_number = e.line_number
				WHERE""" + " " + where + " ORDER BY e.position")
			.params(params)
			.query(JdbcExpectedInbounds::entryRow)
			.list();
		var receipts = jdbc.sql("""
				SELECT r.* FROM expected_inbound_receipt r
				JOIN expected_inbound_line l ON l.supplier_id = r.supplier_id AND l.po_number = r.po_number
				    AND l.line_number = r.line_number
				WHERE""" + " " + where)
			.params(params)
			.query(JdbcExpectedInbounds::receiptRow)
			.list();
		return assemble(rows, entries, receipts);
	}

	private void insertEntries(ExpectedInboundSnapshot state) {
		var line = state.line();
		int position = 0;
		for (Delivery planned : state.planned()) {
			insertEntry(line, position++, "PLANNED", null, planned.quantity(), planned.date());
		}
		for (Shipment shipment : state.shipments()) {
			insertEntry(line, position++, "SHIPPED", shipment.shipmentId(), shipment.quantity(), shipment.arrival());
		}
		for (Receipt receipt : state.receipts()) {
			jdbc.sql("""
					INSERT INTO expected_inbound_receipt (supplier_id, po_number, line_number, receipt_id, quantity,
					    unit)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(line.supplierId(), line.poNumber(), line.lineNumber(), receipt.receiptId(),
						receipt.quantity().amount(), receipt.quantity().unit().code())
				.update();
		}
	}

	private void insertEntry(PurchaseOrderLine line, int position, String kind, @Nullable String shipmentId,
			Quantity quantity, java.time.@Nullable LocalDate date) {
		jdbc.sql("""
				INSERT INTO expected_inbound_entry (supplier_id, po_number, line_number, position, kind, shipment_id,
				    delivery_date, quantity, unit)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(line.supplierId(), line.poNumber(), line.lineNumber(), position, kind, shipmentId,
					date == null ? null : Date.valueOf(date), quantity.amount(), quantity.unit().code())
			.update();
	}

	private static List<ExpectedInbound> assemble(List<LineRow> rows, List<EntryRow> entries,
			List<ReceiptRow> receiptRows) {
		Map<PurchaseOrderLine, List<EntryRow>> byLine = new HashMap<>();
		entries.forEach(it -> byLine.computeIfAbsent(it.line(), key -> new ArrayList<>()).add(it));
		Map<PurchaseOrderLine, List<Receipt>> receipts = new HashMap<>();
		receiptRows.forEach(it -> receipts.computeIfAbsent(it.line(), key -> new ArrayList<>()).add(it.receipt()));
		return rows.stream().map(row -> {
			var planned = new ArrayList<Delivery>();
			var shipments = new ArrayList<Shipment>();
			for (EntryRow entry : byLine.getOrDefault(row.line(), List.of())) {
				if (entry.shipmentId() == null) {
					planned.add(new Delivery(entry.quantity(), entry.date()));
				}
				else {
					shipments.add(new Shipment(entry.shipmentId(), entry.quantity(), entry.date()));
				}
			}
			return ExpectedInbound.restore(new ExpectedInboundSnapshot(row.line(), row.sku(), row.location(),
					row.revision(), row.acknowledged(), planned, shipments,
					receipts.getOrDefault(row.line(), List.of())));
		}).toList();
	}

	private record LineRow(PurchaseOrderLine line, Sku sku, String location, int revision, boolean acknowledged) {
	}

	private record EntryRow(PurchaseOrderLine line, @Nullable String shipmentId, Quantity quantity,
			java.time.@Nullable LocalDate date) {
	}

	private record ReceiptRow(PurchaseOrderLine line, Receipt receipt) {
	}

	private static ReceiptRow receiptRow(ResultSet rs, int row) throws SQLException {
		return new ReceiptRow(line(rs), new Receipt(rs.getString("receipt_id"),
				new Quantity(rs.getBigDecimal("quantity"), new UnitOfMeasure(rs.getString("unit")))));
	}

	private static LineRow lineRow(ResultSet rs, int row) throws SQLException {
		return new LineRow(line(rs), new Sku(rs.getString("sku")), rs.getString("location"), rs.getInt("revision"),
				rs.getBoolean("acknowledged"));
	}

	private static EntryRow entryRow(ResultSet rs, int row) throws SQLException {
		Date date = rs.getDate("delivery_date");
		return new EntryRow(line(rs), "SHIPPED".equals(rs.getString("kind")) ? rs.getString("shipment_id") : null,
				new Quantity(rs.getBigDecimal("quantity"), new UnitOfMeasure(rs.getString("unit"))),
				date == null ? null : date.toLocalDate());
	}

	private static PurchaseOrderLine line(ResultSet rs) throws SQLException {
		return new PurchaseOrderLine(rs.getString("supplier_id"), rs.getString("po_number"),
				rs.getString("line_number"));
	}
}
