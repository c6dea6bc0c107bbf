package org.distributionhub.supplier.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What became of a partner message, as the partner API answers it (enums by name). {@code channel} is the name of the
 * partner channel it came by (API, X12, EDIFACT, CSV). {@code replayed} is true when an idempotency key returned an
 * earlier receipt; {@code conflict} when that key came with another body. {@code test} is true for test traffic
 * (ISA15 T, UNB 0035 1, or a supplier not yet LIVE): its documents' outcomes say what would have changed, nothing
 * did. {@code interchangeAckId} is the TA1 or CONTRL sent for the interchange envelope, if any;
 * {@code controlNumberReused} says which earlier message first used the interchange control number this one reused
 * with other content.
 */
public record MessageReceipt(UUID trackingId, String supplierId, Channel channel, Instant receivedAt,
		MessageStatus status, String summary, List<Problem> problems, List<DocumentOutcome> documents,
		@Nullable UUID functionalAckId,
		boolean replayed, boolean conflict, boolean test, @Nullable UUID interchangeAckId,
		@Nullable ControlNumberReuse controlNumberReused) {

	public MessageReceipt {
		problems = List.copyOf(problems);
		documents = List.copyOf(documents);
	}

	/** The receipt of a production message with no envelope answer of its own. */
	public MessageReceipt(UUID trackingId, String supplierId, Channel channel, Instant receivedAt,
			MessageStatus status, String summary, List<Problem> problems, List<DocumentOutcome> documents,
			@Nullable UUID functionalAckId, boolean replayed, boolean conflict) {
		this(trackingId, supplierId, channel, receivedAt, status, summary, problems, documents, functionalAckId,
				replayed, conflict, false, null, null);
	}

	/** An interchange control number reused with other content: the number, and the message that first used it. */
	public record ControlNumberReuse(String controlNumber, UUID firstTrackingId, Instant firstReceivedAt) {
	}

	/** A problem located in the partner's message. */
	public record Problem(String path, String message) {
	}

	/** One document of the message and what became of it. */
	public record DocumentOutcome(String documentId, DocumentKind kind, @Nullable String poNumber,
			DocumentResult result, String explanation) {
	}
}
