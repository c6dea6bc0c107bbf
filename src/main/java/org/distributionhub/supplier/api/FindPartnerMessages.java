package org.distributionhub.supplier.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.platform.api.PageOf;
import org.jspecify.annotations.Nullable;

/** Queries over received partner messages, parked documents and the partner outbox. */
public interface FindPartnerMessages {

	Optional<MessageReceipt> receipt(UUID trackingId);

	Optional<MessageContent> content(UUID trackingId);

	/** Messages of the filters given (null means any), newest first. */
	default MessagePage messages(@Nullable String supplierId, @Nullable MessageStatus status, @Nullable Channel channel,
			@Nullable String text, int page, int size) {
		return messages(supplierId, status, channel, text, null, page, size);
	}

	/**
	 * Messages of the filters given (null means any; {@code test} true for test traffic only, false for none),
	 * newest first.
	 */
	MessagePage messages(@Nullable String supplierId, @Nullable MessageStatus status, @Nullable Channel channel,
			@Nullable String text, @Nullable Boolean test, int page, int size);

	List<ParkedView> parked(@Nullable String supplierId, boolean openOnly, int limit);

	/** One page of parked documents, newest first, with how many the filter matches. */
	PageOf<ParkedView> parked(@Nullable String supplierId, boolean openOnly, int page, int size);

	/** The messages from this supplier with a document about this purchase order, oldest first, with only those. */
	List<PurchaseOrderMessage> purchaseOrderMessages(String supplierId, String poNumber);

	List<OutboxView> outbox(String supplierId, boolean unpulledOnly, int limit);

	Optional<OutboxContent> outboxContent(UUID id);

	/** Marks an outbox document as pulled by its partner. */
	void markPulled(UUID id);

	/**
	 * The verbatim content of a message with how it came, and its text as sent: in the character set its envelope
	 * names (EDIFACT UNB S001), else UTF-8, else ISO-8859-1.
	 */
	record MessageContent(UUID id, String supplierId, @Nullable String contentType, @Nullable String fileName,
			byte[] content, String text) {
	}

	/** A message row; {@code source} is API or FILE; {@code test} marks test traffic, which changed nothing. */
	record MessageRow(UUID id, String supplierId, Channel channel, String source, @Nullable String fileName,
			Instant receivedAt, String correlationId, int size, MessageStatus status, String summary, boolean test) {
	}

	/** A message that spoke of one purchase order, with its documents about it and what became of each. */
	record PurchaseOrderMessage(UUID messageId, Channel channel, Instant receivedAt, MessageStatus status,
			boolean test, List<MessageReceipt.DocumentOutcome> documents) {

		public PurchaseOrderMessage {
			documents = List.copyOf(documents);
		}
	}

	/** A page of message rows. */
	record MessagePage(List<MessageRow> rows, long total, int page, int size) {
	}

	/** A parked document. */
	record ParkedView(UUID id, UUID messageId, int documentIndex, String supplierId, @Nullable String poNumber,
			String reason, ParkedStatus status, Instant parkedAt, @Nullable Instant resolvedAt, int replays,
			@Nullable String outcome) {
	}

	/** An outbox entry without its content. */
	record OutboxView(UUID id, String supplierId, OutboxKind kind, Channel channel, String reference, String fileName,
			String contentType, Instant createdAt, DeliveryRoute delivery, DeliveryStatus deliveryStatus,
			int attempts, @Nullable String lastError, @Nullable Instant deliveredAt, @Nullable Instant pulledAt) {
	}

	/** An outbox document's content. */
	record OutboxContent(UUID id, String supplierId, String fileName, String contentType, byte[] content) {
	}
}
