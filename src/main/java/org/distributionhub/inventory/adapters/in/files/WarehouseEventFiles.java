package org.distributionhub.inventory.adapters.in.files;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.distributionhub.inventory.adapters.in.files.WarehouseEventCsv.CsvEvent;
import org.distributionhub.inventory.adapters.in.files.WarehouseEventCsv.RowProblem;
import org.distributionhub.inventory.ports.in.FieldProblem;
import org.distributionhub.inventory.ports.in.RecordWarehouseEvent;
import org.distributionhub.inventory.ports.in.RecordWarehouseEvent.WarehouseEventCommand;
import org.distributionhub.inventory.ports.in.WarehouseEventConflict;
import org.distributionhub.inventory.ports.in.WarehouseEventRejected;
import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.platform.folders.ClaimedFile;
import org.distributionhub.platform.folders.FileOutcome;
import org.distributionhub.shared.CorrelationId;
import org.jspecify.annotations.Nullable;

/**
 * Takes in one CSV file of warehouse events: each event through the use case in a transaction of its own, so good
 * events apply whatever the others say. The report says per row whether its event was applied, was a duplicate or
 * was refused, and why, by column.
 */
final class WarehouseEventFiles {

	private static final Pattern LINE_PATH = Pattern.compile("lines\\[(\\d+)\\](?:\\.(\\w+))?");
	private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

	private final RecordWarehouseEvent intake;

	WarehouseEventFiles(RecordWarehouseEvent intake) {
		this.intake = intake;
	}

	FileOutcome takeIn(ClaimedFile file) {
		String fileName = file.name();
		byte[] content = file.content();
		Instant now = file.claimedAt();
		WarehouseEventCsv.Parsed parsed;
		try {
			parsed = WarehouseEventCsv.read(content);
		}
		catch (DelimitedText.NotReadable unreadable) {
			return Refusals.of(unreadable.getMessage());
		}
		var correlationId = CorrelationId.random();
		Map<Integer, String> rows = new TreeMap<>();
		int applied = 0;
		int duplicates = 0;
		int refused = 0;
		for (RowProblem stray : parsed.strayRows()) {
			rows.put(stray.line(), "REJECTED: " + describe(stray.column(), stray.message()));
		}
		for (CsvEvent event : parsed.events()) {
			if (event.message() == null) {
				refuse(rows, event, event.problems());
				refused++;
				continue;
			}
			try {
				var receipt = intake
					.record(new WarehouseEventCommand(correlationId, IntakeChannel.FILE, fileName, event.message()));
				String outcome = receipt.duplicate() ? "DUPLICATE (applied on " + receipt.receivedAt() + ", not again)"
						: "APPLIED";
				event.lines().forEach(line -> rows.put(line, event.eventId() + ": " + outcome));
				applied += receipt.duplicate() ? 0 : 1;
				duplicates += receipt.duplicate() ? 1 : 0;
			}
			catch (WarehouseEventRejected rejected) {
				refuse(rows, event, rejected.problems().stream().map(it -> locate(event, it)).toList());
				refused++;
			}
			catch (WarehouseEventConflict conflict) {
				refuse(rows, event, List.of(new RowProblem(event.lines().get(0), "event_id", conflict.getMessage())));
				refused++;
			}
		}
		var report = new StringJoiner("\n", "", "\n");
		report.add("File: " + fileName);
		report.add("Taken in: " + now);
		report.add("Events: " + applied + " applied, " + duplicates + " duplicate, " + refused + " rejected"
				+ (parsed.strayRows().isEmpty() ? "" : "; " + parsed.strayRows().size() + " row(s) of no event"));
		if (rows.isEmpty()) {
			report.add("The file lists no event.");
		}
		rows.forEach((line, text) -> report.add("line " + line + ": " + text));
		return FileOutcome.archivedWithReport(report.toString());
	}

	/** Every row of a refused event says so; the rows at fault say why. */
	private static void refuse(Map<Integer, String> rows, CsvEvent event, List<RowProblem> problems) {
		Map<Integer, StringJoiner> why = new TreeMap<>();
		for (RowProblem problem : problems) {
			why.computeIfAbsent(problem.line(), it -> new StringJoiner("; "))
				.add(describe(problem.column(), problem.message()));
		}
		int first = why.isEmpty() ? event.lines().get(0) : why.keySet().iterator().next();
		for (int line : event.lines()) {
			var reasons = why.get(line);
			rows.put(line, event.eventId() + ": REJECTED: " + (reasons != null ? reasons.toString()
					: "the event is taken in whole or not at all (see line " + first + ")"));
		}
	}

	/** The row and column a problem's JSON path points at: line n of the event is its n-th row. */
	static RowProblem locate(CsvEvent event, FieldProblem problem) {
		Matcher line = LINE_PATH.matcher(problem.path());
		if (line.matches()) {
			int index = Integer.parseInt(line.group(1));
			int row = index < event.lines().size() ? event.lines().get(index) : event.lines().get(0);
			return new RowProblem(row, line.group(2) == null ? null : column(line.group(2)), problem.message());
		}
		String path = problem.path();
		return new RowProblem(event.lines().get(0), path.isEmpty() || path.equals("lines") ? null : column(path),
				problem.message());
	}

	/** A field's name as the CSV column that gives it: orderId is order_id. */
	static String column(String field) {
		return CAMEL.matcher(field).replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

	private static String describe(@Nullable String column, String message) {
		return column == null ? message : column + ": " + message;
	}
}
