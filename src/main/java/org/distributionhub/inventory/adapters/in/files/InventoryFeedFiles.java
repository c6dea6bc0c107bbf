package org.distributionhub.inventory.adapters.in.files;

import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.distributionhub.inventory.ports.in.ApplyInventoryFeed;
import org.distributionhub.inventory.ports.in.ApplyInventoryFeed.InventoryFeedCommand;
import org.distributionhub.inventory.ports.in.InventoryFeedRejected;
import org.distributionhub.inventory.ports.in.InventoryFeedResult;
import org.distributionhub.inventory.ports.model.IntakeChannel;
import org.distributionhub.platform.folders.ClaimedFile;
import org.distributionhub.platform.folders.FileOutcome;
import org.distributionhub.shared.CorrelationId;

/**
 * Takes in one inventory feed file, named {@code <warehouse>-full-<anything>.csv} or
 * {@code <warehouse>-delta-<anything>.csv} (also .tsv or .txt): good rows apply, the report lists what the run did
 * and each rejected row with its column. A name that says no warehouse and mode, a file without a usable header or
 * an unknown warehouse refuses the file.
 */
final class InventoryFeedFiles {

	static final Pattern NAME = Pattern.compile("(?i)(.+?)-(full|delta)(?:[-_.].*)?\\.(?:csv|tsv|txt)");

	private final ApplyInventoryFeed feeds;

	InventoryFeedFiles(ApplyInventoryFeed feeds) {
		this.feeds = feeds;
	}

	FileOutcome takeIn(ClaimedFile file) {
		String fileName = file.name();
		byte[] content = file.content();
		Instant now = file.claimedAt();
		Matcher name = NAME.matcher(fileName);
		if (!name.matches()) {
			return Refusals.of("The name must say the warehouse and the mode: "
					+ "<warehouse>-full-<anything>.csv or <warehouse>-delta-<anything>.csv");
		}
		InventoryFeedCsv.Parsed parsed;
		try {
			parsed = InventoryFeedCsv.read(content);
		}
		catch (DelimitedText.NotReadable unreadable) {
			return Refusals.of(unreadable.getMessage());
		}
		InventoryFeedResult result;
		try {
			result = feeds.apply(new InventoryFeedCommand(CorrelationId.random(), name.group(1), name.group(2),
					IntakeChannel.FILE, fileName, parsed.rows(), parsed.unreadable()));
		}
		catch (InventoryFeedRejected rejected) {
			return Refusals.of(rejected.getMessage());
		}
		return FileOutcome.archivedWithReport(report(fileName, now, result, parsed.ignoredColumns()));
	}

	static String report(String fileName, Instant now, InventoryFeedResult result, List<String> ignoredColumns) {
		var report = new StringJoiner("\n", "", "\n");
		report.add("File: " + fileName);
		report.add("Taken in: " + now);
		report.add("Warehouse: " + result.warehouse() + ", mode: " + result.mode() + ", run: " + result.runId());
		report.add("Rows: " + result.rows() + "; applied " + result.applied() + ", unchanged " + result.unchanged()
				+ ", zeroed " + result.zeroed() + ", rejected " + result.rejected().size());
		if (result.note() != null) {
			report.add("Note: " + result.note());
		}
		if (!ignoredColumns.isEmpty()) {
			report.add("Columns ignored: " + String.join(", ", ignoredColumns));
		}
		result.rejected()
			.forEach(it -> report.add("line " + it.row() + ": REJECTED: " + it.column() + ": " + it.message()));
		return report.toString();
	}
}
