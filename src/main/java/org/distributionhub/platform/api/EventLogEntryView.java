package org.distributionhub.platform.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One publication of one event to one listener, with its payload as stored. {@code superseded} says, for a delivery
 * the listener acknowledged without applying all of it, which objects' states it left because the listener had
 * applied newer ones (docs/adr/0017); null when it applied everything.
 */
public record EventLogEntryView(UUID publicationId, String eventType, String listenerId, PublicationStatus status,
		Instant publishedAt, @Nullable Instant completedAt, int attempts, @Nullable Instant lastResubmittedAt,
		String payload, @Nullable String superseded) {

	/** An entry as the registry stores it, before anything is known of superseded states. */
	public EventLogEntryView(UUID publicationId, String eventType, String listenerId, PublicationStatus status,
			Instant publishedAt, @Nullable Instant completedAt, int attempts, @Nullable Instant lastResubmittedAt,
			String payload) {
		this(publicationId, eventType, listenerId, status, publishedAt, completedAt, attempts, lastResubmittedAt,
				payload, null);
	}

	public EventLogEntryView withSuperseded(@Nullable String words) {
		return new EventLogEntryView(publicationId, eventType, listenerId, status, publishedAt, completedAt, attempts,
				lastResubmittedAt, payload, words);
	}

	/** The event class without its package, as people name it. */
	public String eventName() {
		int dot = eventType.lastIndexOf('.');
		return dot < 0 ? eventType : eventType.substring(dot + 1);
	}
}
