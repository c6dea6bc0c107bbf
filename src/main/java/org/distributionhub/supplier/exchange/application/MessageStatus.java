package org.distributionhub.supplier.exchange.application;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageReceipt.Problem;

/** The status and one-line summary of a message from what became of its documents and what was wrong with it. */
final class MessageStatus {

	private MessageStatus() {
	}

	static String of(List<DocumentOutcome> outcomes, List<Problem> problems) {
		if (outcomes.isEmpty()) {
			return problems.isEmpty() ? "NO_CHANGE" : "REFUSED";
		}
		boolean applied = outcomes.stream().anyMatch(outcome -> outcome.result().equals("APPLIED"));
		boolean parked = outcomes.stream().anyMatch(outcome -> outcome.result().equals("PARKED"));
		if (outcomes.stream().allMatch(outcome -> outcome.result().equals("REFUSED"))) {
			return "REFUSED";
		}
		if (outcomes.stream().anyMatch(outcome -> outcome.result().equals("REFUSED"))) {
			return "PARTIAL";
		}
		if (parked) {
			return applied || !problems.isEmpty() ? "PARTIAL" : "PARKED";
		}
		if (!problems.isEmpty()) {
			return "PARTIAL";
		}
		if (applied) {
			return "APPLIED";
		}
		if (outcomes.stream().allMatch(outcome -> outcome.result().equals("DUPLICATE"))) {
			return "DUPLICATE";
		}
		if (outcomes.stream().allMatch(outcome -> outcome.result().equals("STALE"))) {
			return "STALE";
		}
		return "NO_CHANGE";
	}

	static String summary(List<DocumentOutcome> outcomes, List<Problem> problems) {
		Map<String, Integer> counts = new TreeMap<>();
		outcomes.forEach(outcome -> counts.merge(outcome.result().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
		StringBuilder summary = new StringBuilder(outcomes.size() + " document(s)");
		counts.forEach((result, count) -> summary.append(", ").append(count).append(' ').append(result));
		if (!problems.isEmpty()) {
			summary.append("; ").append(problems.size()).append(" problem(s): ").append(problems.get(0).path())
					.append(": ").append(problems.get(0).message());
		}
		return clip(summary.toString());
	}

	static String clip(String text) {
		return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
	}
}
