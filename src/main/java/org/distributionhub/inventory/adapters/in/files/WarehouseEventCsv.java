package org.distributionhub.inventory.adapters.in.files;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.inventory.ports.in.WarehouseMessage;
import org.jspecify.annotations.Nullable;

/**
 * Reads warehouse events from CSV: a header naming the columns in any order (event_id, type, warehouse and quantity
 * required), one line of an event per row; rows sharing an event_id form one event, whose event-level values
 * (type, warehouse, order, shipment, PO, reason, time, carrier, tracking) a later row may leave blank but not
 * contradict. An unknown column refuses the file: a misspelt one would silently drop what it says.
 */
final class WarehouseEventCsv {

	static final List<String> COLUMNS = List.of("event_id", "type", "warehouse", "order_id", "shipment_id",
			"po_number", "po_line_number", "line_number", "sku", "quantity", "unit", "reason", "occurred_at",
			"carrier", "tracking_number");

	private static final List<String> EVENT_COLUMNS = List.of("type", "warehouse", "order_id", "shipment_id",
			"po_number", "reason", "occurred_at", "carrier", "tracking_number");

	/** A problem of one row, with its column if it is about one. */
	record RowProblem(int line, @Nullable String column, String message) {
	}

	/**
	 * One event's rows (their lines in the file, in order: row n is the event's line n) and its message, or the
	 * problems that keep it from being sent.
	 */
	record CsvEvent(String eventId, List<Integer> lines, @Nullable WarehouseMessage message,
			List<RowProblem> problems) {
	}

	/** The events in the order they first appear, and the rows that belong to none (no event id). */
	record Parsed(List<CsvEvent> events, List<RowProblem> strayRows) {
	}

	private WarehouseEventCsv() {
	}

	static Parsed read(byte[] content) {
		var table = DelimitedText.read(content);
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < table.header().size(); i++) {
			String name = table.header().get(i);
			if (name.isEmpty() && i == table.header().size() - 1) {
				continue;
			}
			if (!COLUMNS.contains(name)) {
				throw new DelimitedText.NotReadable("Unknown column '" + table.names().get(i).strip()
						+ "' in the header; the columns are " + String.join(", ", COLUMNS));
			}
			if (index.putIfAbsent(name, i) != null) {
				throw new DelimitedText.NotReadable("Column " + name + " appears twice in the header");
			}
		}
		for (String required : List.of("event_id", "type", "warehouse", "quantity")) {
			if (!index.containsKey(required)) {
				throw new DelimitedText.NotReadable("The header has no column " + required + " (it names: "
						+ String.join(", ", table.names()) + ")");
			}
		}
		Map<String, List<DelimitedText.Row>> byEvent = new LinkedHashMap<>();
		var stray = new ArrayList<RowProblem>();
		for (var row : table.rows()) {
			String eventId = value(row, index, "event_id");
			if (row.values().size() > table.header().size()) {
				stray.add(new RowProblem(row.line(), null, row.values().size() + " values where the header has "
						+ table.header().size() + " columns (a value holding the separator needs quotes)"));
			}
			else if (eventId == null) {
				stray.add(new RowProblem(row.line(), "event_id", "is missing: the row belongs to no event"));
			}
			else {
				byEvent.computeIfAbsent(eventId, key -> new ArrayList<>()).add(row);
			}
		}
		var events = new ArrayList<CsvEvent>();
		byEvent.forEach((eventId, rows) -> events.add(event(eventId, rows, index)));
		return new Parsed(events, stray);
	}

	private static CsvEvent event(String eventId, List<DelimitedText.Row> rows, Map<String, Integer> index) {
		var problems = new ArrayList<RowProblem>();
		Map<String, @Nullable String> common = new HashMap<>();
		Map<String, Integer> firstLine = new HashMap<>();
		for (var row : rows) {
			for (String column : EVENT_COLUMNS) {
				String value = value(row, index, column);
				if (value == null) {
					continue;
				}
				String earlier = common.putIfAbsent(column, value);
				if (earlier == null) {
					firstLine.put(column, row.line());
				}
				else if (!earlier.equals(value)) {
					problems.add(new RowProblem(row.line(), column, "'" + value + "' contradicts '" + earlier
							+ "' on line " + firstLine.get(column) + " of the same event"));
				}
			}
		}
		Instant occurredAt = null;
		String time = common.get("occurred_at");
		if (time != null) {
			try {
				occurredAt = OffsetDateTime.parse(time).toInstant();
			}
			catch (DateTimeParseException e) {
				problems.add(new RowProblem(firstLine.get("occurred_at"), "occurred_at", "'" + time
						+ "' is not a time with its offset, such as 2026-11-27T10:00:00Z"));
			}
		}
		var lines = new ArrayList<WarehouseMessage.Line>();
		for (var row : rows) {
			lines.add(line(row, index, problems));
		}
		List<Integer> lineNumbers = rows.stream().map(DelimitedText.Row::line).toList();
		if (!problems.isEmpty()) {
			return new CsvEvent(eventId, lineNumbers, null, problems);
		}
		return new CsvEvent(eventId, lineNumbers, new WarehouseMessage(eventId, common.get("type"),
				common.get("warehouse"), occurredAt, common.get("order_id"), common.get("shipment_id"),
				common.get("po_number"), common.get("reason"), common.get("carrier"), common.get("tracking_number"),
				lines), List.of());
	}

	private static WarehouseMessage.Line line(DelimitedText.Row row, Map<String, Integer> index,
			List<RowProblem> problems) {
		Integer lineNumber = null;
		String number = value(row, index, "line_number");
		if (number != null) {
			try {
				lineNumber = Integer.valueOf(number);
			}
			catch (NumberFormatException e) {
				problems.add(new RowProblem(row.line(), "line_number", "'" + number + "' is not a whole number"));
			}
		}
		BigDecimal quantity = null;
		String amount = value(row, index, "quantity");
		if (amount != null) {
			try {
				quantity = new BigDecimal(amount);
			}
			catch (NumberFormatException e) {
				problems.add(new RowProblem(row.line(), "quantity", "'" + amount + "' is not a number"));
			}
		}
		return new WarehouseMessage.Line(lineNumber, value(row, index, "po_line_number"), value(row, index, "sku"),
				quantity, value(row, index, "unit"));
	}

	private static @Nullable String value(DelimitedText.Row row, Map<String, Integer> index, String column) {
		Integer i = index.get(column);
		if (i == null || i >= row.values().size() || row.values().get(i).isEmpty()) {
			return null;
		}
		return row.values().get(i);
	}
}
