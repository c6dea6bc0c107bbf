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
 * status, the problems found in it and the outcome of each of its documents.
 */
public record StoredMessage(UUID id, String supplierId, Channel channel, String source, @Nullable String contentType,
		@Nullable String fileName, Instant receivedAt, String correlationId, byte[] content, String contentSha256,
		MessageStatus status, String summary, List<Problem> problems, List<DocumentOutcome> documents,
		@Nullable String interchangeKey, @Nullable String idempotencyKey, @Nullable UUID functionalAckId) {

	public StoredMessage {
		problems = List.copyOf(problems);
		documents = List.copyOf(documents);
	}

	/** A row of the message list: everything but the content. */
	public record Header(UUID id, String supplierId, Channel channel, String source, @Nullable String fileName,
			Instant receivedAt, String correlationId, int size, MessageStatus status, String summary) {
	}

	/** Filters of the message list; null means any. */
	public record Filter(@Nullable String supplierId, @Nullable MessageStatus status, @Nullable Channel channel,
			@Nullable String text) {
	}

	/** A page of headers, newest first. */
	public record Page(List<Header> rows, long total) {
	}
}
