package org.distributionhub.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The publications of the events that name a business key (a PO number, an order id, a SKU, a partner message id, a
 * correlation id), found through the keys recorded at publication, pending, completed or dead-lettered alike.
 */
public interface FindEventsByKey {

	/** The newest {@code limit} publications about the key, oldest first, each with its failed attempts. */
	KeyedEvents about(String key, int limit);

	/**
	 * What was found: the kinds the key was recorded under ({@code PURCHASE_ORDER}, {@code ORDER}, {@code SKU},
	 * {@code PARTNER_MESSAGE}, {@code CORRELATION}, ...), the publications, the PO numbers and order ids those events
	 * name (to follow a correlation id to its objects), and whether older publications were left out.
	 */
	record KeyedEvents(Set<String> kinds, List<KeyedPublication> publications, Set<String> poNumbers,
			Set<String> orderIds, boolean truncated) {
	}

	/** One publication with the flow it belongs to, its failed attempts and, when dead-lettered, why. */
	record KeyedPublication(EventLogEntryView entry, @Nullable UUID eventId, @Nullable String correlationId, List<FailedAttempt> failures,
			@Nullable Instant deadLetteredAt, @Nullable String deadLetterReason) {
	}

	record FailedAttempt(int attempt, Instant failedAt, String error) {
	}
}
