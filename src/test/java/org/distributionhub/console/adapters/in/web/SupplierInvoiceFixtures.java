package org.distributionhub.console.adapters.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A supplier's purchase orders, goods receipts, invoices and credit notes written with SQL into the real tables, as
 * the three-way match and the inventory module leave them. PO-A (confirmed price 4.50 on line 1, substitute on line
 * 2) received 6 + 4 of line 1 and 5 of line 2, was invoiced 6 of line 1 and 5 of line 2 (MATCHED), 1 of line 2
 * credited (APPROVED), 6 of line 1 again (HELD: price and quantity) and 100 of line 1 (REJECTED); PO-B was invoiced
 * 3 (APPROVED) and nothing received; PO-C received and invoiced 2, all square.
 */
final class SupplierInvoiceFixtures {

	static final Instant DAY1 = Instant.parse("2026-11-02T08:00:00Z");

	final String supplier = "inv-" + UUID.randomUUID().toString().substring(0, 8);
	final String poA = "PO-A-" + supplier;
	final String poB = "PO-B-" + supplier;
	final String poC = "PO-C-" + supplier;
	final String messageId = UUID.randomUUID().toString();
	long matched;
	long held;
	long credit;
	long rejected;
	long approved;
	long square;

	private final JdbcClient jdbc;

	SupplierInvoiceFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SupplierInvoiceFixtures insert() {
		order(poA, "USD");
		poLine(poA, "1", 1, "SKU-1", "10", "4.25", "{\"acknowledged\":true,\"schedule\":[],\"rejected\":\"0\","
				+ "\"cancelled\":\"0\",\"statuses\":[\"ACCEPTED\"],\"unitPrice\":\"4.50\",\"substitute\":null,\"reason\":null}");
		poLine(poA, "2", 2, "SKU-2", "5", "10.00", "{\"acknowledged\":true,\"schedule\":[],\"rejected\":\"0\","
				+ "\"cancelled\":\"0\",\"statuses\":[\"ACCEPTED\"],\"unitPrice\":\"10.00\",\"substitute\":\"SKU-2B\","
				+ "\"reason\":\"discontinued\"}");
		order(poB, "USD");
		poLine(poB, "1", 1, "SKU-3", "3", "20.00", unacknowledged("20.00"));
		order(poC, "USD");
		poLine(poC, "1", 1, "SKU-4", "2", "1.00", unacknowledged("1.00"));

		receipt("R1", poA, day(1));
		receiptLine("R1", 1, "1", "SKU-1", "6");
		receiptLine("R1", 2, "2", "SKU-2", "5");
		receipt("R2", poA, day(3));
		receiptLine("R2", 1, null, "SKU-1", "4");
		receipt("R3", poC, day(1));
		receiptLine("R3", 1, "1", "SKU-4", "2");

		matched = invoice("INV-1", false, poA, "MATCHED", day(2), null, "77.00", "0", null);
		line(matched, 1, "1", "SKU-1", "6", "4.50", "27.00", null);
		line(matched, 2, "2", "SKU-2", "5", "10.00", "50.00", null);
		held = invoice("INV-2", false, poA, "HELD", day(4), day(4), "28.50", "17.00",
				"Line 1: price 4.75 is above the PO price 4.50\nLine 1: 6 invoiced but only 4 received and not yet invoiced");
		line(held, 1, "1", "SKU-1", "6", "4.75", "28.50", "price 4.75 is above the PO price 4.50\n6 invoiced, 4 left to invoice");
		charge(held, 1, "CHARGE", "Freight", "12.00");
		charge(held, 2, "TAX", "Sales tax", "5.00");
		credit = invoice("CN-1", true, poA, "APPROVED", day(5), null, "10.00", "0", null);
		line(credit, 1, "2", "SKU-2", "1", "10.00", "10.00", null);
		rejected = invoice("INV-3", false, poA, "REJECTED", day(5), null, "425.00", "0", null);
		line(rejected, 1, "1", "SKU-1", "100", "4.25", "425.00", "100 invoiced, 10 ordered");
		approved = invoice("INV-4", false, poB, "APPROVED", day(6), null, "60.00", "0", null);
		line(approved, 1, "1", "SKU-3", "3", "20.00", "60.00", null);
		square = invoice("INV-5", false, poC, "MATCHED", day(2), null, "2.00", "0", null);
		line(square, 1, "1", "SKU-4", "2", "1.00", "2.00", null);
		return this;
	}

	static Instant day(int day) {
		return DAY1.plusSeconds((day - 1) * 86_400L);
	}

	private static String unacknowledged(String price) {
		return "{\"acknowledged\":false,\"schedule\":[],\"rejected\":\"0\",\"cancelled\":\"0\",\"statuses\":[],"
				+ "\"unitPrice\":\"" + price + "\",\"substitute\":null,\"reason\":null}";
	}

	private void order(String po, String currency) {
		jdbc.sql("""
				INSERT INTO purchase_order (supplier_id, po_number, revision, order_date, ship_to, currency,
				  acknowledged_at, ack_due_at, overdue_reported, created_at, updated_at)
				VALUES (?, ?, 0, ?, 'MAIN', ?, ?, ?, FALSE, ?, ?)""")
			.params(supplier, po, LocalDate.of(2026, 10, 30), currency, time(DAY1), time(DAY1), time(DAY1), time(DAY1))
			.update();
	}

	private void poLine(String po, String number, int position, String sku, String ordered, String price,
			String state) {
		jdbc.sql("""
				INSERT INTO purchase_order_line (supplier_id, po_number, line_number, position, sku, ordered_amount,
				  unit, unit_price, requested_date, state) VALUES (?, ?, ?, ?, ?, ?, 'EA', ?, ?, ?)""")
			.params(supplier, po, number, position, sku, new BigDecimal(ordered), new BigDecimal(price),
					LocalDate.of(2026, 11, 20), state)
			.update();
	}

	private void receipt(String id, String po, Instant at) {
		jdbc.sql("""
				INSERT INTO supplier_goods_receipt (warehouse, receipt_id, supplier_id, po_number, received_at, recorded_at)
				VALUES ('MAIN', ?, ?, ?, ?, ?)""")
			.params(supplier + "-" + id, supplier, po, time(at), time(at))
			.update();
	}

	private void receiptLine(String id, int position, @Nullable String line, String sku, String quantity) {
		jdbc.sql("""
				INSERT INTO supplier_goods_receipt_line (warehouse, receipt_id, position, po_line_number, sku, quantity, unit)
				VALUES ('MAIN', ?, ?, ?, ?, ?, 'EA')""")
			.params(supplier + "-" + id, position, line, sku, new BigDecimal(quantity))
			.update();
	}

	private long invoice(String number, boolean creditNote, String po, String status, Instant at,
			@Nullable Instant heldSince, String lines, String charges, @Nullable String reasons) {
		BigDecimal total = new BigDecimal(lines).add(new BigDecimal(charges));
		boolean decided = "APPROVED".equals(status) || "REJECTED".equals(status);
		jdbc.sql("""
				INSERT INTO supplier_invoice (supplier_id, invoice_number, credit_note, po_number, invoice_date, currency,
				  lines_amount, charges_amount, total, status, hold_codes, hold_reasons, channel, source_message_id,
				  content_hash, received_at, held_since, decided_by, decided_at, decision_reason, version)
				VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, 'X12', ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(supplier, number, creditNote, po, LocalDate.ofInstant(at, ZoneOffset.UTC), new BigDecimal(lines),
					new BigDecimal(charges), total, status, reasons == null ? null : "PRICE,QUANTITY", reasons,
					"INV-2".equals(number) ? messageId : null, "hash-" + number, time(at),
					heldSince == null ? null : time(heldSince), decided ? "operator" : null,
					decided ? time(at.plusSeconds(3600)) : null, decided ? "Checked with the buyer" : null)
			.update();
		return jdbc.sql("SELECT id FROM supplier_invoice WHERE supplier_id = ? AND invoice_number = ?")
			.params(supplier, number)
			.query(Long.class)
			.single();
	}

	private void line(long invoice, int position, String poLine, String sku, String quantity, String price,
			String amount, @Nullable String problems) {
		jdbc.sql("""
				INSERT INTO supplier_invoice_line (invoice_id, position, po_number, po_line_number, sku, quantity, unit,
				  unit_price, amount, problems) VALUES (?, ?, NULL, ?, ?, ?, 'EA', ?, ?, ?)""")
			.params(invoice, position, poLine, sku, new BigDecimal(quantity), new BigDecimal(price),
					new BigDecimal(amount), problems)
			.update();
	}

	private void charge(long invoice, int position, String kind, String description, String amount) {
		jdbc.sql("INSERT INTO supplier_invoice_charge (invoice_id, position, kind, description, amount) VALUES (?, ?, ?, ?, ?)")
			.params(invoice, position, kind, description, new BigDecimal(amount))
			.update();
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
