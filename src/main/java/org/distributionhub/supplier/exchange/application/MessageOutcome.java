package org.distributionhub.supplier.exchange.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageReceipt.Problem;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.out.StoredMessage;

/** The status and one-line summary of a message from what became of its documents and what was wrong with it. */
final class MessageOutcome {

	private MessageOutcome() {
	}

	static MessageStatus status(List<DocumentOutcome> outcomes, List<Problem> problems) {
		if (outcomes.isEmpty()) {
			return problems.isEmpty() ? MessageStatus.NO_CHANGE : MessageStatus.REFUSED;
		}
		boolean applied = any(outcomes, DocumentResult.APPLIED);
		if (all(outcomes, DocumentResult.REFUSED)) {
			return MessageStatus.REFUSED;
		}
		if (any(outcomes, DocumentResult.REFUSED)) {
			return MessageStatus.PARTIAL;
		}
		if (any(outcomes, DocumentResult.PARKED)) {
			return applied || !problems.isEmpty() ? MessageStatus.PARTIAL : MessageStatus.PARKED;
		}
		if (!problems.isEmpty()) {
			return MessageStatus.PARTIAL;
		}
		if (applied) {
			return MessageStatus.APPLIED;
		}
		if (all(outcomes, DocumentResult.DUPLICATE)) {
			return MessageStatus.DUPLICATE;
		}
		if (all(outcomes, DocumentResult.STALE)) {
			return MessageStatus.STALE;
		}
		return MessageStatus.NO_CHANGE;
	}

	static String summary(List<DocumentOutcome> outcomes, List<Problem> problems) {
		Map<String, Integer> counts = new TreeMap<>();
		outcomes.forEach(outcome -> counts.merge(outcome.result().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
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

	/** The receipt of a stored message. */
	static MessageReceipt receipt(StoredMessage stored, boolean replayed, boolean conflict) {
		return new MessageReceipt(stored.id(), stored.supplierId(), stored.channel(), stored.receivedAt(),
				stored.status(), stored.summary(), stored.problems(), stored.documents(), stored.functionalAckId(),
				replayed, conflict);
	}

	private static boolean any(List<DocumentOutcome> outcomes, DocumentResult result) {
		return outcomes.stream().anyMatch(outcome -> outcome.result() == result);
	}

	private static boolean all(List<DocumentOutcome> outcomes, DocumentResult result) {
		return outcomes.stream().allMatch(outcome -> outcome.result() == result);
	}
}
