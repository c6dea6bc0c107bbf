package org.distributionhub.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A publication that failed or was dead-lettered, with why and when each attempt failed. */
public record DeliveryView(UUID publicationId, String eventType, String listenerId, PublicationStatus status,
		Instant publishedAt, int attempts, @Nullable String lastError, @Nullable Instant lastFailedAt,
		@Nullable Instant nextAttemptAt, String payload, List<AttemptView> history) {

	/** One failed attempt. */
	public record AttemptView(int attempt, Instant failedAt, String errorType, @Nullable String errorMessage) {
	}
}
