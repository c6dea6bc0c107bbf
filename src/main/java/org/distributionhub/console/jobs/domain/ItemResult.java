package org.distributionhub.console.jobs.domain;

/** One item's outcome with the module's own words. */
public record ItemResult(ItemOutcome outcome, String message) {

	public static ItemResult ok(String message) {
		return new ItemResult(ItemOutcome.OK, message);
	}

	public static ItemResult refused(String message) {
		return new ItemResult(ItemOutcome.REFUSED, message);
	}

	public static ItemResult skipped(String message) {
		return new ItemResult(ItemOutcome.SKIPPED, message);
	}
}
