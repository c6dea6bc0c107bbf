package org.distributionhub.supplier.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What became of a partner message, as the partner API answers it (enums by name). {@code channel} is the name of the
 * partner channel it came by (API, X12, EDIFACT, CSV). {@code replayed} is true when an idempotency key returned an
 * earlier receipt; {@code conflict} when that key came with another body.
 */
public record MessageReceipt(UUID trackingId, String supplierId, Channel channel, Instant receivedAt,
		MessageStatus status, String summary, List<Problem> problems, List<DocumentOutcome> documents,
		@Nullable UUID functionalAckId,
		boolean replayed, boolean conflict) {

	public MessageReceipt {
		problems = List.copyOf(problems);
		documents = List.copyOf(documents);
	}

	/** A problem located in the partner's message. */
	public record Problem(String path, String message) {
	}

	/** One document of the message and what became of it. */
	public record DocumentOutcome(String documentId, DocumentKind kind, @Nullable String poNumber,
			DocumentResult result, String explanation) {
	}
}
