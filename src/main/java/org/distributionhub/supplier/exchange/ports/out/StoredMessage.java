package org.distributionhub.supplier.exchange.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageReceipt.Problem;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A partner message as we keep it: verbatim content with who sent it, how and when, and what became of it: its
 * status, the problems found in it and the outcome of each of its documents; whether it was test traffic (it changed
 * nothing), the TA1 or CONTRL answering its envelope, and for a reused interchange control number the message that
 * first used it and when.
 */
public record StoredMessage(UUID id, String supplierId, Channel channel, String source, @Nullable String contentType,
		@Nullable String fileName, Instant receivedAt, String correlationId, byte[] content, String contentSha256,
		MessageStatus status, String summary, List<Problem> problems, List<DocumentOutcome> documents,
		@Nullable String interchangeKey, @Nullable String idempotencyKey, @Nullable UUID functionalAckId, boolean test,
		@Nullable UUID interchangeAckId, @Nullable UUID firstMessageId, @Nullable Instant firstReceivedAt) {

	public StoredMessage {
		problems = List.copyOf(problems);
		documents = List.copyOf(documents);
	}

	/** A production message with no envelope answer and no reused control number. */
	public StoredMessage(UUID id, String supplierId, Channel channel, String source, @Nullable String contentType,
			@Nullable String fileName, Instant receivedAt, String correlationId, byte[] content, String contentSha256,
			MessageStatus status, String summary, List<Problem> problems, List<DocumentOutcome> documents,
			@Nullable String interchangeKey, @Nullable String idempotencyKey, @Nullable UUID functionalAckId) {
		this(id, supplierId, channel, source, contentType, fileName, receivedAt, correlationId, content, contentSha256,
				status, summary, problems, documents, interchangeKey, idempotencyKey, functionalAckId, false, null, null,
				null);
	}

	/** A row of the message list: everything but the content. */
	public record Header(UUID id, String supplierId, Channel channel, String source, @Nullable String fileName,
			Instant receivedAt, String correlationId, int size, MessageStatus status, String summary, boolean test) {
	}

	/** Filters of the message list; null means any ({@code test}: true only test traffic, false none). */
	public record Filter(@Nullable String supplierId, @Nullable MessageStatus status, @Nullable Channel channel,
			@Nullable String text, @Nullable Boolean test) {

		public Filter(@Nullable String supplierId, @Nullable MessageStatus status, @Nullable Channel channel,
				@Nullable String text) {
			this(supplierId, status, channel, text, null);
		}
	}

	/** The interchange this message's key names arrived before: which message brought it, when, with what content. */
	public record FirstUse(UUID id, Instant receivedAt, String contentSha256) {
	}

	/** A message and its documents, as a purchase order's history lists it. */
	public record AboutOrder(UUID id, Channel channel, Instant receivedAt, MessageStatus status, boolean test,
			List<DocumentOutcome> documents) {
	}

	/** A page of headers, newest first. */
	public record Page(List<Header> rows, long total) {
	}
}
