package org.distributionhub.supplier.exchange.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.api.MessageReceipt.ControlNumberReuse;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageReceipt.Problem;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.out.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The status and one-line summary of a message from what became of its documents and what was wrong with it. */
final class MessageOutcome {

	private static final Logger log = LoggerFactory.getLogger(MessageOutcome.class);

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

	/**
	 * One line in the log for a message a person may need to look at (refused, parked, partly applied), with its
	 * tracking id, correlation id and reason.
	 */
	static void log(StoredMessage stored) {
		switch (stored.status()) {
			case REFUSED -> log.warn("Partner message {} from supplier {} refused (correlation {}{}): {}", stored.id(),
					stored.supplierId(), stored.correlationId(), stored.test() ? ", test" : "", stored.summary());
			case PARKED, PARTIAL -> log.info("Partner message {} from supplier {} {} (correlation {}{}): {}{}",
					stored.id(), stored.supplierId(), stored.status().name().toLowerCase(Locale.ROOT),
					stored.correlationId(), stored.test() ? ", test" : "", stored.summary(), reasons(stored));
			default -> {
				// applied, duplicates and the like need nobody; failures are logged where they happen
			}
		}
	}

	private static String reasons(StoredMessage stored) {
		StringBuilder reasons = new StringBuilder();
		stored.documents().stream()
			.filter(document -> document.result() == DocumentResult.PARKED || document.result() == DocumentResult.REFUSED)
			.forEach(document -> reasons.append("; document ").append(document.documentId()).append(' ')
				.append(document.result().name().toLowerCase(Locale.ROOT)).append(": ").append(document.explanation()));
		return clip(reasons.toString());
	}

	/** The receipt of a stored message. */
	static MessageReceipt receipt(StoredMessage stored, boolean replayed, boolean conflict) {
		ControlNumberReuse reuse = stored.firstMessageId() == null || stored.firstReceivedAt() == null
				|| stored.interchangeKey() == null ? null
						: new ControlNumberReuse(controlNumber(stored.interchangeKey()), stored.firstMessageId(),
								stored.firstReceivedAt());
		return new MessageReceipt(stored.id(), stored.supplierId(), stored.channel(), stored.receivedAt(),
				stored.status(), stored.summary(), stored.problems(), stored.documents(), stored.functionalAckId(),
				replayed, conflict, stored.test(), stored.interchangeAckId(), reuse);
	}

	/** The control number at the end of an interchange key (standard:qualifier:sender:control number). */
	static String controlNumber(String interchangeKey) {
		return interchangeKey.substring(interchangeKey.lastIndexOf(':') + 1);
	}

	private static boolean any(List<DocumentOutcome> outcomes, DocumentResult result) {
		return outcomes.stream().anyMatch(outcome -> outcome.result() == result);
	}

	private static boolean all(List<DocumentOutcome> outcomes, DocumentResult result) {
		return outcomes.stream().allMatch(outcome -> outcome.result() == result);
	}
}
