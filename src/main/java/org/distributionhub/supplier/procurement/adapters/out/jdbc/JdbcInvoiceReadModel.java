package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.distributionhub.shared.UnitOfMeasure;
import org.distributionhub.shared.Money;
import org.distributionhub.supplier.api.FindSupplierInvoices.ChargeView;
import org.distributionhub.supplier.api.FindSupplierInvoices.InvoiceFilter;
import org.distributionhub.supplier.api.FindSupplierInvoices.InvoiceSummary;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.distributionhub.supplier.procurement.domain.LineState;
import org.distributionhub.supplier.procurement.ports.out.InvoiceReadModel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads supplier_invoice and its lines and charges, supplier_goods_receipt(_line) and purchase_order_line with
 * JdbcClient; a list is one query on the status or supplier index, an invoice's detail three by primary key.
 */
@Repository
class JdbcInvoiceReadModel implements InvoiceReadModel {

	private static final String SUMMARY = """
			SELECT id, supplier_id, invoice_number, po_number, credit_note, status, hold_reasons, total, currency,
			  invoice_date, received_at, held_since, channel FROM supplier_invoice""";

	/** A billing line's order: its own PO number, else its invoice's. */
	private static final String LINE_PO = "COALESCE(l.po_number, i.po_number)";

	private final JdbcClient jdbc;

	JdbcInvoiceReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<InvoiceSummary> invoices(InvoiceFilter filter) {
		var where = new ArrayList<String>();
		var params = new ArrayList<Object>();
		if (filter.supplierId() != null) {
			where.add("supplier_id = ?");
			params.add(filter.supplierId());
		}
		if (filter.status() != null) {
			where.add("status = ?");
			params.add(filter.status().name());
		}
		if (filter.from() != null) {
			where.add("invoice_date >= ?");
			params.add(Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			where.add("invoice_date <= ?");
			params.add(Date.valueOf(filter.to()));
		}
		params.add(filter.limit());
		return jdbc.sql(SUMMARY + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
				+ " ORDER BY received_at DESC, id DESC LIMIT ?")
			.params(params)
			.query((rs, row) -> summary(rs))
			.list();
	}

	@Override
	public List<InvoiceSummary> held(int limit) {
		return jdbc.sql(SUMMARY + " WHERE status = 'HELD' ORDER BY COALESCE(held_since, received_at), id LIMIT ?")
			.param(limit)
			.query((rs, row) -> summary(rs))
			.list();
	}

	@Override
	public Optional<StoredInvoice> invoice(long invoiceId) {
		return jdbc.sql(SUMMARY.replace(" FROM", ", original_invoice_number, decided_by, decided_at, decision_reason,"
				+ " source_message_id FROM") + " WHERE id = ?")
			.param(invoiceId)
			.query((rs, row) -> new StoredInvoice(summary(rs), rs.getString("original_invoice_number"),
					lines(invoiceId), charges(invoiceId, rs.getString("currency")), rs.getString("decided_by"), instant(rs, "decided_at"),
					rs.getString("decision_reason"), rs.getString("source_message_id")))
			.optional();
	}

	private List<StoredLine> lines(long invoiceId) {
		return jdbc.sql("SELECT * FROM supplier_invoice_line WHERE invoice_id = ? ORDER BY position")
			.param(invoiceId)
			.query((rs, row) -> new StoredLine(rs.getInt("position"), rs.getString("po_number"),
					rs.getString("po_line_number"), rs.getString("sku"), rs.getBigDecimal("quantity"),
					rs.getString("unit"), rs.getBigDecimal("unit_price"), rs.getBigDecimal("amount"),
					split(rs.getString("problems"))))
			.list();
	}

	private List<ChargeView> charges(long invoiceId, String currency) {
		return jdbc.sql("SELECT kind, description, amount FROM supplier_invoice_charge WHERE invoice_id = ? ORDER BY position")
			.param(invoiceId)
			.query((rs, row) -> new ChargeView(rs.getString("kind"), rs.getString("description"),
					money(rs.getBigDecimal("amount"), currency)))
			.list();
	}

	/** At the currency's own decimals, as money is shown everywhere (220.00 EUR, not 220.0000). */
	private static BigDecimal money(BigDecimal amount, String currency) {
		return Money.rounded(amount, currency).amount();
	}

	@Override
	public List<PoLine> poLines(String supplierId, String poNumber) {
		return jdbc.sql("""
				SELECT l.*, o.currency FROM purchase_order_line l JOIN purchase_order o
				  ON o.supplier_id = l.supplier_id AND o.po_number = l.po_number
				WHERE l.supplier_id = ? AND l.po_number = ? ORDER BY l.position""")
			.params(supplierId, poNumber)
			.query((rs, row) -> poLine(rs))
			.list();
	}

	@Override
	public List<PoLine> poLinesWithActivity(@Nullable String supplierId) {
		return jdbc.sql("""
				SELECT l.*, o.currency FROM purchase_order o JOIN purchase_order_line l
				  ON l.supplier_id = o.supplier_id AND l.po_number = o.po_number
				WHERE (EXISTS (SELECT 1 FROM supplier_goods_receipt r
				    WHERE r.supplier_id = o.supplier_id AND r.po_number = o.po_number)
				  OR EXISTS (SELECT 1 FROM supplier_invoice i
				    WHERE i.supplier_id = o.supplier_id AND i.po_number = o.po_number
				    AND i.status IN ('MATCHED', 'APPROVED')))""" + (supplierId == null ? "" : " AND o.supplier_id = ?")
				+ " ORDER BY l.supplier_id, l.po_number, l.position")
			.params(supplierId == null ? List.of() : List.of(supplierId))
			.query((rs, row) -> poLine(rs))
			.list();
	}

	@Override
	public List<ReceivedQuantity> received(String supplierId, String poNumber) {
		return received(" WHERE r.supplier_id = ? AND r.po_number = ?", List.of(supplierId, poNumber));
	}

	@Override
	public List<ReceivedQuantity> received(@Nullable String supplierId) {
		return supplierId == null ? received("", List.of()) : received(" WHERE r.supplier_id = ?", List.of(supplierId));
	}

	private List<ReceivedQuantity> received(String where, List<Object> params) {
		return jdbc.sql("""
				SELECT r.supplier_id, r.po_number, l.po_line_number, l.sku, l.quantity, r.received_at
				FROM supplier_goods_receipt r JOIN supplier_goods_receipt_line l
				  ON l.warehouse = r.warehouse AND l.receipt_id = r.receipt_id""" + where
				+ " ORDER BY r.received_at, r.receipt_id, l.position")
			.params(params)
			.query((rs, row) -> new ReceivedQuantity(rs.getString("supplier_id"), rs.getString("po_number"),
					rs.getString("po_line_number"), rs.getString("sku"), rs.getBigDecimal("quantity"),
					rs.getTimestamp("received_at").toInstant()))
			.list();
	}

	@Override
	public List<InvoicedQuantity> invoicedElsewhere(String supplierId, String poNumber, long exceptInvoiceId) {
		return invoiced(" WHERE i.supplier_id = ? AND " + LINE_PO + " = ? AND i.id <> ? AND i.status <> 'REJECTED'",
				List.of(supplierId, poNumber, exceptInvoiceId));
	}

	@Override
	public List<InvoicedQuantity> billed(@Nullable String supplierId) {
		String where = " WHERE i.status IN ('MATCHED', 'APPROVED') AND " + LINE_PO + " IS NOT NULL";
		return supplierId == null ? invoiced(where, List.of())
				: invoiced(where + " AND i.supplier_id = ?", List.of(supplierId));
	}

	private List<InvoicedQuantity> invoiced(String where, List<Object> params) {
		return jdbc.sql("SELECT i.supplier_id, " + LINE_PO + " AS line_po, l.po_line_number, l.sku, l.quantity,"
				+ " l.amount, i.credit_note, i.received_at, i.currency"
				+ " FROM supplier_invoice i JOIN supplier_invoice_line l ON l.invoice_id = i.id" + where
				+ " ORDER BY i.received_at, i.id, l.position")
			.params(params)
			.query((rs, row) -> {
				BigDecimal sign = rs.getBoolean("credit_note") ? BigDecimal.ONE.negate() : BigDecimal.ONE;
				return new InvoicedQuantity(rs.getString("supplier_id"), rs.getString("line_po"),
						rs.getString("po_line_number"), rs.getString("sku"), rs.getBigDecimal("quantity").multiply(sign),
						rs.getBigDecimal("amount").multiply(sign), rs.getTimestamp("received_at").toInstant(),
						rs.getString("currency"));
			})
			.list();
	}

	private static InvoiceSummary summary(ResultSet rs) throws SQLException {
		boolean credit = rs.getBoolean("credit_note");
		BigDecimal total = money(rs.getBigDecimal("total"), rs.getString("currency"));
		Date invoiceDate = rs.getDate("invoice_date");
		return new InvoiceSummary(rs.getLong("id"), rs.getString("supplier_id"), rs.getString("invoice_number"),
				rs.getString("po_number"), credit, InvoiceStatus.valueOf(rs.getString("status")),
				split(rs.getString("hold_reasons")), credit ? total.negate() : total, rs.getString("currency"),
				invoiceDate == null ? null : invoiceDate.toLocalDate(), rs.getTimestamp("received_at").toInstant(),
				instant(rs, "held_since"), rs.getString("channel"));
	}

	private static PoLine poLine(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		String unit = rs.getString("unit");
		LineState state = LineStateJson.read(rs.getString("state"), new UnitOfMeasure(unit), currency);
		BigDecimal price = state.unitPrice() != null ? state.unitPrice().amount() : rs.getBigDecimal("unit_price");
		return new PoLine(rs.getString("supplier_id"), rs.getString("po_number"), rs.getString("line_number"),
				rs.getString("sku"), rs.getBigDecimal("ordered_amount"), unit, price,
				state.substitute() == null ? null : state.substitute().code(), currency);
	}

	/** Hold reasons and line problems are stored one a line. */
	private static List<String> split(@Nullable String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
			.filter(line -> !line.isEmpty()).toList();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
