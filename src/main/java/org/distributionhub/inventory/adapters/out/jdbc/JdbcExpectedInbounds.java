package org.distributionhub.inventory.adapters.out.jdbc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * same SQL on H2 and PostgreSQL; a line's entries and receipts are read together in one query. A line is locked with
 * SELECT ... FOR UPDATE; adding one that another transaction is adding waits for it ({@link ConcurrentWrites}), so
 * concurrent facts about one line apply one after the other.
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
			insertEntries(line, entries(state), 0);
			insertReceipts(line, state.receipts());
		}
	}

	@Override
	public Optional<ExpectedInbound> lock(PurchaseOrderLine line) {
		var rows = jdbc.sql("SELECT * FROM expected_inbound_line WHERE " + LINE_KEY + " FOR UPDATE")
			.params(line.supplierId(), line.poNumber(), line.lineNumber())
			.query(JdbcExpectedInbounds::lineRow)
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		var details = details("", "x.supplier_id = :supplier AND x.po_number = :po AND x.line_number = :line",
				Map.of("supplier", line.supplierId(), "po", line.poNumber(), "line", line.lineNumber()));
		return assemble(rows, details).stream().findFirst();
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
		if (rows.isEmpty()) {
			return List.of();
		}
		return assemble(rows, details("", "x.supplier_id = :supplier AND x.po_number = :po",
				Map.of("supplier", supplierId, "po", poNumber)));
	}

	@Override
	public List<ExpectedInbound> lockPurchaseOrder(String poNumber) {
		var rows = jdbc.sql("""
				SELECT * FROM expected_inbound_line WHERE po_number = ?
				ORDER BY supplier_id, line_number FOR UPDATE""")
			.param(poNumber)
			.query(JdbcExpectedInbounds::lineRow)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		return assemble(rows, details("", "x.po_number = :po", Map.of("po", poNumber)));
	}

	/**
	 * Writes what differs from {@code stored}, which is what the table holds since the line was locked: the line's
	 * columns, its entries and its receipts each only if they changed; where the old rows stay as they were and new
	 * ones follow them (a shipment or receipt whose id sorts after the others') only the new ones, else all of them
	 * again. The line's {@code updated_at} moves only when its own columns change.
	 */
	@Override
	public void save(ExpectedInbound inbound, ExpectedInboundSnapshot stored) {
		var state = inbound.snapshot();
		var line = state.line();
		if (!line.equals(stored.line())) {
			throw new IllegalArgumentException("Expected inbound " + line + " was locked as " + stored.line());
		}
		boolean expecting = !inbound.expected().isEmpty();
		if (state.revision() != stored.revision() || state.acknowledged() != stored.acknowledged()
				|| !state.sku().equals(stored.sku()) || !state.location().equals(stored.location())
				|| expecting != !ExpectedInbound.restore(stored).expected().isEmpty()) {
			updateLine(state, expecting);
		}
		var entries = entries(state);
		var storedEntries = entries(stored);
		if (!entries.equals(storedEntries)) {
			if (extend(entries, storedEntries)) {
				insertEntries(line, entries.subList(storedEntries.size(), entries.size()), storedEntries.size());
			}
			else {
				delete("expected_inbound_entry", line);
				insertEntries(line, entries, 0);
			}
		}
		if (!state.receipts().equals(stored.receipts())) {
			if (extend(state.receipts(), stored.receipts())) {
				insertReceipts(line, state.receipts().subList(stored.receipts().size(), state.receipts().size()));
			}
			else {
				delete("expected_inbound_receipt", line);
				insertReceipts(line, state.receipts());
			}
		}
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
		if (rows.isEmpty()) {
			return List.of();
		}
		return assemble(rows, details("""
				JOIN expected_inbound_line l ON l.supplier_id = x.supplier_id AND l.po_number = x.po_number
				    AND l.line_number = x.line_number""", where, params));
	}

	private void updateLine(ExpectedInboundSnapshot state, boolean expecting) {
		var line = state.line();
		int updated = jdbc.sql("""
				UPDATE expected_inbound_line SET sku = ?, location = ?, revision = ?, acknowledged = ?, expecting = ?,
				    updated_at = CURRENT_TIMESTAMP
				WHERE""" + " " + LINE_KEY)
			.params(state.sku().code(), state.location(), state.revision(), state.acknowledged(), expecting,
					line.supplierId(), line.poNumber(), line.lineNumber())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Expected inbound " + line + " is not stored; add it before saving it");
		}
	}

	private void delete(String table, PurchaseOrderLine line) {
		jdbc.sql("DELETE FROM " + table + " WHERE " + LINE_KEY)
			.params(line.supplierId(), line.poNumber(), line.lineNumber())
			.update();
	}

	/** Whether {@code after} keeps all of {@code before} in place and only adds to its end. */
	private static <T> boolean extend(List<T> after, List<T> before) {
		return after.size() > before.size() && after.subList(0, before.size()).equals(before);
	}

	/** The line's entries in position order: the planned deliveries, then the shipments. */
	private static List<Entry> entries(ExpectedInboundSnapshot state) {
		var entries = new ArrayList<Entry>();
		state.planned().forEach(it -> entries.add(new Entry(null, it.quantity(), it.date())));
		state.shipments()
			.forEach(it -> entries.add(new Entry(it.shipmentId(), it.quantity(), it.arrival())));
		return entries;
	}

	/** Inserts entries at positions from {@code first} on, in one statement. */
	private void insertEntries(PurchaseOrderLine line, List<Entry> entries, int first) {
		if (entries.isEmpty()) {
			return;
		}
		var params = new ArrayList<@Nullable Object>();
		int position = first;
		for (Entry entry : entries) {
			params.addAll(Arrays.asList(line.supplierId(), line.poNumber(), line.lineNumber(), position++,
					entry.shipmentId() == null ? "PLANNED" : "SHIPPED", entry.shipmentId(),
					entry.date() == null ? null : Date.valueOf(entry.date()), entry.quantity().amount(),
					entry.quantity().unit().code()));
		}
		jdbc.sql("""
				INSERT INTO expected_inbound_entry (supplier_id, po_number, line_number, position, kind, shipment_id,
				    delivery_date, quantity, unit)
				VALUES\s""" + values(9, entries.size()))
			.params(params)
			.update();
	}

	/** Inserts receipts in one statement. */
	private void insertReceipts(PurchaseOrderLine line, List<Receipt> receipts) {
		if (receipts.isEmpty()) {
			return;
		}
		var params = new ArrayList<Object>();
		for (Receipt receipt : receipts) {
			params.addAll(List.of(line.supplierId(), line.poNumber(), line.lineNumber(), receipt.receiptId(),
					receipt.quantity().amount(), receipt.quantity().unit().code()));
		}
		jdbc.sql("""
				INSERT INTO expected_inbound_receipt (supplier_id, po_number, line_number, receipt_id, quantity, unit)
				VALUES\s""" + values(6, receipts.size()))
			.params(params)
			.update();
	}

	/** {@code rows} rows of {@code columns} placeholders each, for a multi-row VALUES. */
	private static String values(int columns, int rows) {
		String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
		return String.join(", ", Collections.nCopies(rows, row));
	}

	/**
	 * The entries (by position) and receipts of the lines {@code where} selects, in one query: {@code x} is the
	 * entry or receipt, {@code join} may join it to its line {@code l}.
	 */
	private List<DetailRow> details(String join, String where, Map<String, ?> params) {
		return jdbc.sql("SELECT x.supplier_id, x.po_number, x.line_number, x.position, x.kind, x.shipment_id,"
				+ " x.delivery_date, x.quantity, x.unit, CAST(NULL AS VARCHAR(100)) AS receipt_id"
				+ " FROM expected_inbound_entry x " + join + " WHERE " + where
				+ " UNION ALL SELECT x.supplier_id, x.po_number, x.line_number, CAST(NULL AS INT), 'RECEIPT',"
				+ " CAST(NULL AS VARCHAR(100)), CAST(NULL AS DATE), x.quantity, x.unit, x.receipt_id"
				+ " FROM expected_inbound_receipt x " + join + " WHERE " + where + " ORDER BY position")
			.params(params)
			.query(JdbcExpectedInbounds::detailRow)
			.list();
	}

	private static List<ExpectedInbound> assemble(List<LineRow> rows, List<DetailRow> details) {
		Map<PurchaseOrderLine, List<Delivery>> planned = new HashMap<>();
		Map<PurchaseOrderLine, List<Shipment>> shipments = new HashMap<>();
		Map<PurchaseOrderLine, List<Receipt>> receipts = new HashMap<>();
		for (DetailRow detail : details) {
			if (detail.receiptId() != null) {
				receipts.computeIfAbsent(detail.line(), key -> new ArrayList<>())
					.add(new Receipt(detail.receiptId(), detail.quantity()));
			}
			else if (detail.shipmentId() != null) {
				shipments.computeIfAbsent(detail.line(), key -> new ArrayList<>())
					.add(new Shipment(detail.shipmentId(), detail.quantity(), detail.date()));
			}
			else {
				planned.computeIfAbsent(detail.line(), key -> new ArrayList<>())
					.add(new Delivery(detail.quantity(), detail.date()));
			}
		}
		return rows.stream()
			.map(row -> ExpectedInbound.restore(new ExpectedInboundSnapshot(row.line(), row.sku(), row.location(),
					row.revision(), row.acknowledged(), planned.getOrDefault(row.line(), List.of()),
					shipments.getOrDefault(row.line(), List.of()), receipts.getOrDefault(row.line(), List.of()))))
			.toList();
	}

	private record LineRow(PurchaseOrderLine line, Sku sku, String location, int revision, boolean acknowledged) {
	}

	/** A planned delivery, or a shipment if shipmentId is set. */
	private record Entry(@Nullable String shipmentId, Quantity quantity, java.time.@Nullable LocalDate date) {
	}

	/** An entry (a planned delivery, or a shipment if shipmentId is set) or a receipt (receiptId set). */
	private record DetailRow(PurchaseOrderLine line, @Nullable String shipmentId, @Nullable String receiptId,
			Quantity quantity, java.time.@Nullable LocalDate date) {
	}

	private static LineRow lineRow(ResultSet rs, int row) throws SQLException {
		return new LineRow(line(rs), new Sku(rs.getString("sku")), rs.getString("location"), rs.getInt("revision"),
				rs.getBoolean("acknowledged"));
	}

	private static DetailRow detailRow(ResultSet rs, int row) throws SQLException {
		Date date = rs.getDate("delivery_date");
		String kind = rs.getString("kind");
		return new DetailRow(line(rs), "SHIPPED".equals(kind) ? rs.getString("shipment_id") : null,
				"RECEIPT".equals(kind) ? rs.getString("receipt_id") : null,
				new Quantity(rs.getBigDecimal("quantity"), new UnitOfMeasure(rs.getString("unit"))),
				date == null ? null : date.toLocalDate());
	}

	private static PurchaseOrderLine line(ResultSet rs) throws SQLException {
		return new PurchaseOrderLine(rs.getString("supplier_id"), rs.getString("po_number"),
				rs.getString("line_number"));
	}
}
