package org.distributionhub.supplier.exchange.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.supplier.api.DeliveryRoute;
import org.distributionhub.supplier.api.DeliveryStatus;
import org.distributionhub.supplier.api.OutboxKind;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerOutbox;
import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;

/** The partner outbox in memory, with the JDBC outbox's rules for what is due and what a claim does. */
public class InMemoryPartnerOutbox implements PartnerOutbox {

	private final Map<UUID, Entry> entries = new LinkedHashMap<>();

	@Override
	public synchronized UUID add(String supplierId, OutboxKind kind, Channel channel, String reference,
			OutboundMessage message, DeliveryRoute delivery, Instant now) {
		UUID id = UUID.randomUUID();
		entries.put(id, new Entry(id, supplierId, kind, channel, reference, message.fileName(), message.contentType(),
				message.content(), now, delivery, DeliveryStatus.PENDING, 0, now, null, null, null));
		return id;
	}

	@Override
	public synchronized Optional<Entry> find(UUID id) {
		return Optional.ofNullable(entries.get(id));
	}

	@Override
	public synchronized List<Entry> list(String supplierId, boolean unpulledOnly, int limit) {
		return entries.values()
			.stream()
			.filter(entry -> entry.supplierId().equals(supplierId) && (!unpulledOnly || entry.pulledAt() == null))
			.sorted(Comparator.comparing(Entry::createdAt).reversed())
			.limit(limit)
			.toList();
	}

	@Override
	public synchronized List<Entry> underReferences(java.util.Collection<String> references) {
		return entries.values()
			.stream()
			.filter(entry -> references.contains(entry.reference()))
			.sorted(Comparator.comparing(Entry::createdAt))
			.toList();
	}

	@Override
	public synchronized List<Entry> due(DeliveryRoute delivery, Instant now, int limit) {
		return entries.values()
			.stream()
			.filter(entry -> entry.delivery() == delivery && entry.deliveryStatus() == DeliveryStatus.PENDING
					&& entry.nextAttemptAt() != null && !entry.nextAttemptAt().isAfter(now))
			.sorted(Comparator.comparing(Entry::nextAttemptAt).thenComparing(Entry::createdAt))
			.limit(limit)
			.toList();
	}

	@Override
	public synchronized List<Entry> claim(DeliveryRoute delivery, Instant now, Instant leaseUntil, int limit) {
		List<Entry> claimed = new ArrayList<>();
		for (Entry entry : due(delivery, now, limit)) {
			Entry leased = with(entry, entry.deliveryStatus(), entry.attempts(), leaseUntil, entry.lastError(),
					entry.deliveredAt());
			entries.put(entry.id(), leased);
			claimed.add(leased);
		}
		return claimed;
	}

	@Override
	public synchronized void delivered(UUID id, Instant now) {
		Entry entry = entries.get(id);
		entries.put(id, with(entry, DeliveryStatus.DELIVERED, entry.attempts() + 1, null, entry.lastError(), now));
	}

	@Override
	public synchronized void deliveryFailed(UUID id, @Nullable Instant nextAttempt, String error) {
		Entry entry = entries.get(id);
		entries.put(id, with(entry, nextAttempt == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, entry.attempts() + 1, nextAttempt,
				error, entry.deliveredAt()));
	}

	@Override
	public synchronized void pulled(UUID id, Instant now) {
		Entry entry = entries.get(id);
		entries.put(id, new Entry(entry.id(), entry.supplierId(), entry.kind(), entry.channel(), entry.reference(),
				entry.fileName(), entry.contentType(), entry.content(), entry.createdAt(), entry.delivery(),
				entry.deliveryStatus(), entry.attempts(), entry.nextAttemptAt(), entry.lastError(), entry.deliveredAt(),
				entry.pulledAt() != null ? entry.pulledAt() : now));
	}

	private static Entry with(Entry entry, DeliveryStatus status, int attempts, @Nullable Instant nextAttemptAt,
			@Nullable String lastError, @Nullable Instant deliveredAt) {
		return new Entry(entry.id(), entry.supplierId(), entry.kind(), entry.channel(), entry.reference(),
				entry.fileName(), entry.contentType(), entry.content(), entry.createdAt(), entry.delivery(), status,
				attempts, nextAttemptAt, lastError, deliveredAt, entry.pulledAt());
	}
}
