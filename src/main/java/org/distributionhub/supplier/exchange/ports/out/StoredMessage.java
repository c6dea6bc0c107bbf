package org.distributionhub.supplier.exchange.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A partner message as we keep it: verbatim content with who sent it, how and when, and what became of it.
 * {@code problems} and {@code documents} hold JSON text written by the application.
 */
public record StoredMessage(UUID id, String supplierId, String channel, String source, @Nullable String contentType,
		@Nullable String fileName, Instant receivedAt, String correlationId, byte[] content, String contentSha256,
		String status, String summary, String problems, String documents, @Nullable String interchangeKey,
		@Nullable String idempotencyKey, @Nullable UUID functionalAckId) {

	/** A row of the message list: everything but the content. */
	public record Header(UUID id, String supplierId, String channel, String source, @Nullable String fileName,
			Instant receivedAt, String correlationId, int size, String status, String summary) {
	}

	/** Filters of the message list; null means any. */
	public record Filter(@Nullable String supplierId, @Nullable String status, @Nullable String channel,
			@Nullable String text) {
	}

	/** A page of headers, newest first. */
	public record Page(List<Header> rows, long total) {
	}
}
