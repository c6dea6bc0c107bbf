package org.distributionhub.supplier.exchange.formats.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.jspecify.annotations.Nullable;

/**
 * One row of an invoice file, checked value by value: each wrong value is a problem at {@code row N, column X}.
 * The invoice's own values (date, type, currency, original invoice, tax and total) may stand on every row or on
 * some; the line's values (PO, line number, sku, supplier_part, gtin, quantity, unit, unit_price) on each.
 */
final class InvoiceRow {

	static final String NUMBER = "invoice_number";
	static final String DATE = "invoice_date";
	static final String TYPE = "type";
	static final String PO = "po_number";
	static final String ORIGINAL = "original_invoice_number";
	static final String CURRENCY = "currency";
	static final String LINE = "line_number";
	static final String SKU = "sku";
	static final String SUPPLIER_PART = "supplier_part";
	static final String GTIN = "gtin";
	static final String QUANTITY = "quantity";
	static final String UNIT = "unit";
	static final String PRICE = "unit_price";
	static final String TAX = "tax_amount";
	static final String TOTAL = "total_amount";

	static final List<String> COLUMNS = List.of(NUMBER, DATE, TYPE, PO, ORIGINAL, CURRENCY, LINE, SKU, SUPPLIER_PART,
			GTIN, QUANTITY, UNIT, PRICE, TAX, TOTAL);

	private static final List<String> REQUIRED = List.of(NUMBER, DATE, QUANTITY, PRICE);

	private static final BigDecimal MAX = new BigDecimal("1000000000000");

	/** What a row says: its invoice, the invoice's values it gives, and its line (null when it has a problem). */
	record Read(@Nullable String invoiceNumber, Map<String, String> header, ReceivedInvoice.@Nullable Line line) {
	}

	private final Map<String, Integer> columns;
	private final CsvRecords.Record record;
	private final int width;
	private List<SyntaxProblem> problems = List.of();

	InvoiceRow(Map<String, Integer> columns, CsvRecords.Record record, int width) {
		this.columns = columns;
		this.record = record;
		this.width = width;
	}

	/** Where each known column is; refused when a required one is missing or a column is named twice. */
	static Map<String, Integer> columns(CsvRecords.Record header) throws Refused {
		var positions = new HashMap<String, Integer>();
		for (int i = 0; i < header.values().size(); i++) {
			String name = CsvHeader.normalised(header.values().get(i));
			if (COLUMNS.contains(name) && positions.putIfAbsent(name, i) != null) {
				throw new Refused("row " + header.line(), "names column " + name + " twice");
			}
		}
		for (String required : REQUIRED) {
			if (!positions.containsKey(required)) {
				throw new Refused("row " + header.line(), "has no column " + required
						+ "; an invoice file names the columns " + String.join(",", COLUMNS));
			}
		}
		if (!positions.containsKey(SKU) && !positions.containsKey(SUPPLIER_PART) && !positions.containsKey(GTIN)
				&& !positions.containsKey(LINE)) {
			throw new Refused("row " + header.line(), "names none of the columns line_number, sku, supplier_part, "
					+ "gtin; each line must say what it invoices");
		}
		return Map.copyOf(positions);
	}

	Read read(List<SyntaxProblem> found) {
		this.problems = found;
		int before = found.size();
		if (record.values().subList(Math.min(width, record.values().size()), record.values().size()).stream()
			.anyMatch(value -> !value.isBlank())) {
			found.add(new SyntaxProblem(at(), "has " + record.values().size() + " values but the header names " + width
					+ " columns; put values that contain the separator in double quotes"));
		}
		String number = text(NUMBER, true, 64);
		var header = new LinkedHashMap<String, String>();
		LocalDate date = date(DATE);
		put(header, DATE, date == null ? null : date.toString());
		String type = value(TYPE);
		if (type != null && !type.equals("invoice") && !type.equals("credit_note")) {
			found.add(new SyntaxProblem(at(TYPE), "must be invoice or credit_note, not '" + clip(type) + "'"));
		}
		put(header, TYPE, type);
		put(header, ORIGINAL, text(ORIGINAL, false, 64));
		String currency = value(CURRENCY);
		if (currency != null && !currency.matches("[A-Z]{3}")) {
			found.add(new SyntaxProblem(at(CURRENCY), "must be an ISO 4217 code of 3 capitals such as EUR, not '"
					+ clip(currency) + "'"));
		}
		put(header, CURRENCY, currency);
		BigDecimal tax = number(TAX, false, 4);
		put(header, TAX, tax == null ? null : tax.toPlainString());
		BigDecimal total = number(TOTAL, false, 4);
		put(header, TOTAL, total == null ? null : total.toPlainString());
		String po = text(PO, false, 64);
		String line = text(LINE, false, 20);
		var ids = new ArrayList<PartnerItemId>();
		id(SKU, "BP", ids);
		id(SUPPLIER_PART, "VP", ids);
		id(GTIN, "EN", ids);
		if (ids.isEmpty() && line == null && found.size() == before) {
			found.add(new SyntaxProblem(at(), "names no line_number, sku, supplier_part or gtin"));
		}
		BigDecimal quantity = number(QUANTITY, true, 3);
		if (quantity != null && quantity.signum() == 0) {
			found.add(new SyntaxProblem(at(QUANTITY), "must be more than 0"));
		}
		String unit = text(UNIT, false, 3);
		BigDecimal price = number(PRICE, true, 4);
		boolean good = found.size() == before && quantity != null && price != null;
		return new Read(number, header,
				good ? new ReceivedInvoice.Line(line, po, ids, quantity, unit, price) : null);
	}

	private String at() {
		return "row " + record.line();
	}

	private String at(String column) {
		return at() + ", column " + column;
	}

	private static void put(Map<String, String> header, String column, @Nullable String value) {
		if (value != null) {
			header.put(column, value);
		}
	}

	private @Nullable String value(String column) {
		Integer position = columns.get(column);
		if (position == null || position >= record.values().size()) {
			return null;
		}
		String value = record.values().get(position).strip();
		return value.isEmpty() ? null : value;
	}

	private @Nullable String text(String column, boolean required, int maxLength) {
		return RowReader.text(value(column), at(column), required, maxLength, problems);
	}

	private void id(String column, String qualifier, List<PartnerItemId> ids) {
		String value = text(column, false, 64);
		if (value != null) {
			ids.add(new PartnerItemId(qualifier, value));
		}
	}

	/** Digits with an optional point and at most {@code decimals} decimals, not negative. */
	private @Nullable BigDecimal number(String column, boolean required, int decimals) {
		String value = value(column);
		if (value == null) {
			if (required) {
				problems.add(new SyntaxProblem(at(column), "is empty"));
			}
			return null;
		}
		if (!value.matches("-?\\d+(\\.\\d+)?")) {
			problems.add(new SyntaxProblem(at(column),
					"is not a number: '" + clip(value) + "' (write digits, with a point before decimals)"));
			return null;
		}
		BigDecimal number = new BigDecimal(value).stripTrailingZeros();
		if (number.signum() < 0) {
			problems.add(new SyntaxProblem(at(column), "must not be negative: " + value
					+ " (a credit note has type credit_note and positive amounts)"));
			return null;
		}
		if (number.compareTo(MAX) > 0 || number.scale() > decimals) {
			problems.add(new SyntaxProblem(at(column), "must be at most " + MAX.toPlainString() + " with at most "
					+ decimals + " decimals: " + value));
			return null;
		}
		return number.scale() < 0 ? number.setScale(0) : number;
	}

	private @Nullable LocalDate date(String column) {
		return RowReader.date(value(column), at(column), problems);
	}

	private static String clip(String value) {
		return RowReader.clip(value);
	}
}
