package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.api.InvoiceStatus;
import org.distributionhub.supplier.procurement.domain.Hold;
import org.distributionhub.supplier.procurement.domain.InvoiceCharge;
import org.distributionhub.supplier.procurement.domain.InvoiceLine;
import org.distributionhub.supplier.procurement.domain.SupplierInvoice;
import org.distributionhub.supplier.procurement.ports.out.SupplierInvoices;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Supplier invoices in supplier_invoice with their lines and charges. The number is unique per supplier and
 * credit-note flag (supplier_invoice_number_uq): a second insert under it stores nothing. Holds are kept as their
 * codes once each (hold_codes), their reasons one a line (hold_reasons) and each reason's code (hold_reason_codes).
 */
@Repository
class JdbcSupplierInvoices implements SupplierInvoices {

	private final JdbcClient jdbc;

	JdbcSupplierInvoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> insertFirst(SupplierInvoice invoice) {
		var header = invoice.header();
		int inserted = jdbc.sql("""
				INSERT INTO supplier_invoice (supplier_id, invoice_number, credit_note, original_invoice_number,
				  po_number, invoice_date, currency, lines_amount, charges_amount, total, stated_total, status,
				  hold_codes, hold_reasons, hold_reason_codes, channel, source_message_id, correlation_id, content_hash,
				  received_at, wait_until, held_since, matched_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				ON CONFLICT DO NOTHING""")
			.params(header.supplierId(), header.invoiceNumber(), header.creditNote(), header.originalInvoiceNumber(),
					header.poNumber(), header.invoiceDate(), header.currency(), invoice.linesAmount(),
					invoice.chargesAmount(), invoice.total(), header.statedTotal(), invoice.status().name(),
					codes(invoice.holds()), reasons(invoice.holds()), reasonCodes(invoice.holds()), header.channel(),
					header.sourceMessageId(), header.correlationId(), header.contentHash(), ts(header.receivedAt()),
					ts(invoice.waitUntil()), ts(invoice.heldSince()), ts(invoice.matchedAt()))
			.update();
		if (inserted == 0) {
			return contentHashOf(header.supplierId(), header.invoiceNumber(), header.creditNote());
		}
		long id = jdbc.sql("SELECT id FROM supplier_invoice WHERE supplier_id = ? AND invoice_number = ? AND credit_note = ?")
			.params(header.supplierId(), header.invoiceNumber(), header.creditNote())
			.query(Long.class)
			.single();
		invoice.identify(id);
		for (InvoiceLine line : invoice.lines()) {
			jdbc.sql("""
					INSERT INTO supplier_invoice_line (invoice_id, position, po_number, po_line_number, sku, quantity,
					  unit, unit_price, amount, partner_item, problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, line.position(), header.poNumber(), line.poLineNumber(), line.sku(), line.quantity(),
						line.unit(), line.unitPrice(), line.amount(), line.partnerItem(), problems(invoice, line))
				.update();
		}
		int position = 0;
		for (InvoiceCharge charge : invoice.charges()) {
			jdbc.sql("INSERT INTO supplier_invoice_charge (invoice_id, position, kind, description, amount) VALUES (?, ?, ?, ?, ?)")
				.params(id, ++position, charge.kind(), charge.description(), charge.amount())
				.update();
		}
		return Optional.empty();
	}

	@Override
	public Optional<String> contentHashOf(String supplierId, String invoiceNumber, boolean creditNote) {
		return jdbc.sql("SELECT content_hash FROM supplier_invoice WHERE supplier_id = ? AND invoice_number = ? AND credit_note = ?")
			.params(supplierId, invoiceNumber, creditNote)
			.query(String.class)
			.optional();
	}

	@Override
	public boolean update(SupplierInvoice invoice) {
		var decision = invoice.decision();
		boolean saved = jdbc.sql("""
				UPDATE supplier_invoice SET status = ?, hold_codes = ?, hold_reasons = ?, hold_reason_codes = ?,
				  wait_until = ?, held_since = ?, matched_at = ?, decided_by = ?, decided_at = ?, decision_reason = ?,
				  version = version + 1
				WHERE id = ? AND version = ?""")
			.params(invoice.status().name(), codes(invoice.holds()), reasons(invoice.holds()),
					reasonCodes(invoice.holds()), ts(invoice.waitUntil()), ts(invoice.heldSince()),
					ts(invoice.matchedAt()), decision == null ? null : decision.by(),
					decision == null ? null : ts(decision.at()), decision == null ? null : decision.reason(),
					invoice.id(), invoice.version())
			.update() == 1;
		if (saved) {
			for (InvoiceLine line : invoice.lines()) {
				jdbc.sql("UPDATE supplier_invoice_line SET problems = ? WHERE invoice_id = ? AND position = ?")
					.params(problems(invoice, line), invoice.id(), line.position())
					.update();
			}
		}
		return saved;
	}

	@Override
	public Optional<SupplierInvoice> find(long id) {
		List<InvoiceLine> lines = jdbc.sql("SELECT * FROM supplier_invoice_line WHERE invoice_id = ? ORDER BY position")
			.param(id)
			.query((rs, row) -> new InvoiceLine(rs.getInt("position"), rs.getString("po_line_number"),
					rs.getString("sku"), rs.getBigDecimal("quantity"), rs.getString("unit"),
					rs.getBigDecimal("unit_price"), rs.getBigDecimal("amount"), rs.getString("partner_item")))
			.list();
		List<InvoiceCharge> charges = jdbc
			.sql("SELECT kind, description, amount FROM supplier_invoice_charge WHERE invoice_id = ? ORDER BY position")
			.param(id)
			.query((rs, row) -> new InvoiceCharge(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
		return jdbc.sql("SELECT * FROM supplier_invoice WHERE id = ?")
			.param(id)
			.query((rs, row) -> invoice(rs, lines, charges))
			.optional();
	}

	@Override
	public List<SupplierInvoice> awaitingGoods(String supplierId, String poNumber) {
		return jdbc.sql("""
				SELECT id FROM supplier_invoice WHERE supplier_id = ? AND po_number = ?
				  AND status IN ('WAITING_FOR_GOODS', 'HELD') ORDER BY received_at, id""")
			.params(supplierId, poNumber)
			.query(Long.class)
			.list()
			.stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.filter(SupplierInvoice::awaitsGoods)
			.toList();
	}

	@Override
	public List<Long> waitedTooLong(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM supplier_invoice WHERE status = 'WAITING_FOR_GOODS' AND wait_until <= ?
				ORDER BY wait_until, id LIMIT ?""")
			.params(ts(now), limit)
			.query(Long.class)
			.list();
	}

	@Override
	public List<Billed> billed(String supplierId, String poNumber, long exceptId) {
		return jdbc.sql("""
				SELECT l.po_line_number, i.credit_note, SUM(l.quantity) AS quantity, SUM(l.amount) AS amount
				FROM supplier_invoice i JOIN supplier_invoice_line l ON l.invoice_id = i.id
				WHERE i.supplier_id = ? AND i.po_number = ?
				  AND i.status IN ('MATCHED', 'APPROVED', 'HELD', 'WAITING_FOR_GOODS') AND i.id <> ?
				  AND l.po_line_number IS NOT NULL
				GROUP BY l.po_line_number, i.credit_note""")
			.params(supplierId, poNumber, exceptId)
			.query((rs, row) -> new Billed(rs.getString(1), rs.getBoolean(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
			.list();
	}

	private static SupplierInvoice invoice(ResultSet rs, List<InvoiceLine> lines, List<InvoiceCharge> charges)
			throws SQLException {
		var header = new SupplierInvoice.Header(rs.getString("supplier_id"), rs.getString("invoice_number"),
				rs.getBoolean("credit_note"), rs.getString("original_invoice_number"), rs.getString("po_number"),
				rs.getObject("invoice_date", java.time.LocalDate.class), rs.getString("currency"),
				rs.getBigDecimal("stated_total"), rs.getString("channel"), rs.getString("source_message_id"),
				rs.getString("correlation_id"), rs.getString("content_hash"), instant(rs, "received_at"));
		String decidedBy = rs.getString("decided_by");
		var decision = decidedBy == null ? null
				: new SupplierInvoice.Decision(decidedBy, instant(rs, "decided_at"), rs.getString("decision_reason"));
		return new SupplierInvoice(header, lines, charges).restore(rs.getLong("id"),
				InvoiceStatus.valueOf(rs.getString("status")),
				holds(rs.getString("hold_reason_codes"), rs.getString("hold_reasons")), instantOrNull(rs, "wait_until"),
				instantOrNull(rs, "held_since"), instantOrNull(rs, "matched_at"), decision, rs.getLong("version"));
	}

	private static List<Hold> holds(@Nullable String codes, @Nullable String reasons) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		List<String> codeList = Arrays.asList(codes.split(","));
		List<String> reasonList = reasons == null ? List.of() : Arrays.asList(reasons.split("\n"));
		List<Hold> holds = new ArrayList<>();
		for (int i = 0; i < codeList.size(); i++) {
			holds.add(new Hold(codeList.get(i), i < reasonList.size() ? reasonList.get(i) : codeList.get(i)));
		}
		return holds;
	}

	private static @Nullable String codes(List<Hold> holds) {
		return holds.isEmpty() ? null
				: cut(String.join(",", holds.stream().map(Hold::code).distinct().toList()), 400);
	}

	private static @Nullable String reasonCodes(List<Hold> holds) {
		return holds.isEmpty() ? null : cut(String.join(",", holds.stream().map(Hold::code).toList()), 1000);
	}

	private static @Nullable String reasons(List<Hold> holds) {
		return holds.isEmpty() ? null
				: cut(String.join("\n", holds.stream().map(hold -> hold.reason().replace('\n', ' ')).toList()), 4000);
	}

	/** The reasons that name this line, one a line; null when it has none. */
	private static @Nullable String problems(SupplierInvoice invoice, InvoiceLine line) {
		String prefix = "line " + line.position();
		List<String> problems = invoice.holds().stream().map(Hold::reason)
			.filter(reason -> reason.startsWith(prefix + ":") || reason.startsWith(prefix + " ("))
			.toList();
		return problems.isEmpty() ? null : cut(String.join("\n", problems), 2000);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
