package org.distributionhub.supplier.exchange.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.DeliveryStatus;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;

/**
 * What we send partners (purchase orders, 997s), kept until delivered: to the partner's outbox folder, to its
 * webhook, or pulled by the partner through the API.
 */
public interface PartnerOutbox {

	UUID add(String supplierId, OutboxKind kind, Channel channel, String reference, OutboundMessage message,
			DeliveryRoute delivery, Instant now);

	Optional<Entry> find(UUID id);

	List<Entry> list(String supplierId, boolean unpulledOnly, int limit);

	/** Entries added under any of these references, oldest first. */
	List<Entry> underReferences(java.util.Collection<String> references);

	/** Entries whose delivery is due, oldest first. */
	List<Entry> due(DeliveryRoute delivery, Instant now, int limit);

	/**
	 * Claims due entries for one sender: locks them (skipping those another instance holds) and moves their next
	 * attempt to {@code leaseUntil}, so that nobody else takes them while this sender calls the partner outside any
	 * transaction. Runs in the caller's transaction; an entry whose outcome is never recorded is due again once its
	 * lease has run out.
	 */
	List<Entry> claim(DeliveryRoute delivery, Instant now, Instant leaseUntil, int limit);

	void delivered(UUID id, Instant now);

	/** Records a failed attempt; a null next attempt means the delivery is given up (FAILED). */
	void deliveryFailed(UUID id, @Nullable Instant nextAttempt, String error);

	void pulled(UUID id, Instant now);

	/** One message for a partner, how it goes to the partner and where its delivery stands. */
	record Entry(UUID id, String supplierId, OutboxKind kind, Channel channel, String reference, String fileName,
			String contentType, byte[] content, Instant createdAt, DeliveryRoute delivery,
			DeliveryStatus deliveryStatus, int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError,
			@Nullable Instant deliveredAt, @Nullable Instant pulledAt) {
	}
}
