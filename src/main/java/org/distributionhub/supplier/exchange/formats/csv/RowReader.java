package org.distributionhub.supplier.exchange.formats.csv;

import static org.distributionhub.supplier.exchange.formats.csv.CsvHeader.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.jspecify.annotations.Nullable;

/**
 * Checks one record against the header and reads it into a row, adding a problem per wrong value at
 * {@code row N, column X}; a record with any problem gives no row.
 */
final class RowReader {

	private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

	private final CsvHeader header;

	private final CsvRecords.Record record;

	private final List<SyntaxProblem> problems;

	private RowReader(CsvHeader header, CsvRecords.Record record, List<SyntaxProblem> problems) {
		this.header = header;
		this.record = record;
		this.problems = problems;
	}

	static @Nullable AcknowledgementRow read(CsvHeader header, CsvRecords.Record record,
			List<SyntaxProblem> problems) {
		int before = problems.size();
		var reader = new RowReader(header, record, problems);
		reader.checkWidth();
		String po = reader.text(PO, true, 64);
		String sku = reader.text(SKU, true, 64);
		BigDecimal accepted = reader.quantity(ACCEPTED);
		BigDecimal rejected = reader.quantity(REJECTED);
		BigDecimal backordered = reader.quantity(BACKORDERED);
		LocalDate backorderDate = reader.date(BACKORDER_DATE);
		String supplierPo = reader.text(SUPPLIER_PO, false, 64);
		String notes = reader.text(NOTES, false, 1000);
		OffsetDateTime acknowledgedAt = reader.dateTime(ACKNOWLEDGED_AT);
		if (accepted != null && rejected != null && backordered != null
				&& accepted.signum() + rejected.signum() + backordered.signum() == 0) {
			problems.add(new SyntaxProblem(reader.at(), "has no quantity above 0 in "
					+ String.join(", ", QUANTITIES.stream().filter(header::has).toList())));
		}
		if (problems.size() > before || po == null || sku == null || accepted == null || rejected == null
				|| backordered == null) {
			return null;
		}
		return new AcknowledgementRow(record.line(), po, sku, accepted, rejected, backordered, backorderDate,
				supplierPo, notes, acknowledgedAt);
	}

	String at() {
		return "row " + record.line();
	}

	String at(String column) {
		return at() + ", column " + column;
	}

	/** Values past the header's columns: usually a separator inside a value that should have been quoted. */
	private void checkWidth() {
		var extra = record.values().subList(Math.min(header.width(), record.values().size()), record.values().size());
		if (extra.stream().anyMatch(value -> !value.isBlank())) {
			problems.add(new SyntaxProblem(at(), "has " + record.values().size() + " values but the header names "
					+ header.width() + " columns; put values that contain the separator in double quotes"));
		}
	}

	private @Nullable String text(String column, boolean required, int maxLength) {
		String value = text(header.value(record, column), at(column), required, maxLength, problems);
		if (value == null) {
			return null;
		}
		if (!column.equals(NOTES) && value.chars().anyMatch(Character::isISOControl)) {
			problems.add(new SyntaxProblem(at(column), "contains a control character such as a line break"));
			return null;
		}
		return value;
	}

	/** A cell's text, or null with a problem at {@code at} when it is required and empty or longer than allowed. */
	static @Nullable String text(@Nullable String value, String at, boolean required, int maxLength,
			List<SyntaxProblem> problems) {
		if (value == null) {
			if (required) {
				problems.add(new SyntaxProblem(at, "is empty"));
			}
			return null;
		}
		if (value.length() > maxLength) {
			problems.add(new SyntaxProblem(at,
					"is " + value.length() + " characters long, at most " + maxLength + " are allowed"));
			return null;
		}
		return value;
	}

	/** A quantity: an empty cell or an absent column is 0; digits with an optional point and up to 3 decimals. */
	private @Nullable BigDecimal quantity(String column) {
		String value = header.value(record, column);
		if (value == null) {
			return BigDecimal.ZERO;
		}
		if (value.matches("-\\d+(\\.\\d+)?")) {
			problems.add(new SyntaxProblem(at(column), "must not be negative: " + value));
			return null;
		}
		if (!value.matches("\\d+(\\.\\d+)?")) {
			problems.add(new SyntaxProblem(at(column),
					"is not a number: '" + clip(value) + "' (write digits, with a point before decimals)"));
			return null;
		}
		BigDecimal quantity = new BigDecimal(value).stripTrailingZeros();
		if (quantity.compareTo(MAX_QUANTITY) > 0 || quantity.scale() > 3) {
			problems.add(new SyntaxProblem(at(column), "must be at most 1000000000 with at most 3 decimals: " + value));
			return null;
		}
		return quantity.scale() < 0 ? quantity.setScale(0) : quantity;
	}

	private @Nullable LocalDate date(String column) {
		return date(header.value(record, column), at(column), problems);
	}

	/** A date as YYYY-MM-DD that exists in the calendar, or null with a problem at {@code at}; null stays null. */
	static @Nullable LocalDate date(@Nullable String value, String at, List<SyntaxProblem> problems) {
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
			problems.add(new SyntaxProblem(at, "must be a date as YYYY-MM-DD, not '" + clip(value) + "'"));
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			problems.add(new SyntaxProblem(at, value + " is not a date in the calendar"));
			return null;
		}
	}

	private @Nullable OffsetDateTime dateTime(String column) {
		String value = header.value(record, column);
		if (value == null) {
			return null;
		}
		try {
			if (value.matches("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})")) {
				return OffsetDateTime.parse(value.toUpperCase(Locale.ROOT));
			}
		}
		catch (DateTimeParseException e) {
			// reported below like any other value that is no date and time
		}
		problems.add(new SyntaxProblem(at(column),
				"must be a date and time such as 2026-03-01T09:30:00Z, not '" + clip(value) + "'"));
		return null;
	}

	static String clip(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return printable.length() <= 40 ? printable : printable.substring(0, 39) + "…";
	}
}
