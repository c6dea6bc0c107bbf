package org.distributionhub.supplier.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What became of a partner message. {@code status}: APPLIED (something changed), NO_CHANGE (it repeated what we
 * knew), DUPLICATE (a re-sent interchange or a partner duplicate: answered, not applied), PARKED (waits for a
 * mapping), PARTIAL (some documents applied, some refused or parked), REFUSED (nothing could be read or used),
 * STALE (older than what we have). {@code replayed} is true when an idempotency key returned an earlier receipt;
 * {@code conflict} when that key came with another body.
 */
public record MessageReceipt(UUID trackingId, String supplierId, String channel, Instant receivedAt, String status,
		String summary, List<Problem> problems, List<DocumentOutcome> documents, @Nullable UUID functionalAckId,
		boolean replayed, boolean conflict) {

	public MessageReceipt {
		problems = List.copyOf(problems);
		documents = List.copyOf(documents);
	}

	/** A problem located in the partner's message. */
	public record Problem(String path, String message) {
	}

	/** One document of the message and what became of it. */
	public record DocumentOutcome(String documentId, String kind, @Nullable String poNumber, String result,
			String explanation) {
	}
}
