package org.distributionhub.platform.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One publication of one event to one listener, with its payload as stored. */
public record EventLogEntryView(UUID publicationId, String eventType, String listenerId, PublicationStatus status,
		Instant publishedAt, @Nullable Instant completedAt, int attempts, @Nullable Instant lastResubmittedAt,
		String payload) {

	/** The event class without its package, as people name it. */
	public String eventName() {
		int dot = eventType.lastIndexOf('.');
		return dot < 0 ? eventType : eventType.substring(dot + 1);
	}
}
