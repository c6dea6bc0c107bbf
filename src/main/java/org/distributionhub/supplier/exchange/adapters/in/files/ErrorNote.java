package org.distributionhub.supplier.exchange.adapters.in.files;

import java.util.StringJoiner;

import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt;

/**
 * Why a partner's file was refused, one reason per line, for its {@code <name>.error.txt} (which the watched folder
 * heads with the file's name and the time).
 */
final class ErrorNote {

	private ErrorNote() {
	}

	static String of(MessageReceipt receipt) {
		var note = new StringJoiner("\n", "", "\n");
		note.add("Status: " + receipt.status());
		note.add("Summary: " + receipt.summary());
		receipt.problems().forEach(problem -> note.add("Problem: " + problem.path() + ": " + problem.message()));
		receipt.documents()
			.stream()
			.filter(document -> document.result() != DocumentResult.APPLIED)
			.forEach(document -> note.add("Document " + document.documentId() + " (" + document.kind()
					+ (document.poNumber() != null ? ", PO " + document.poNumber() : "") + "): " + document.result()
					+ ": " + document.explanation()));
		note.add("Tracking id: " + receipt.trackingId());
		note.add("Received: " + receipt.receivedAt());
		return note.toString();
	}

	/** For a file refused before it was read: it is not kept and has no tracking id. */
	static String notRead(String reason) {
		return "Status: REFUSED\nSummary: " + reason + "\nThe file was not taken in.\n";
	}
}
