package org.distributionhub.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A publication that failed, waits for a prerequisite or was dead-lettered, with why and when each attempt failed and,
 * while it waits, what for.
 */
public record DeliveryView(UUID publicationId, String eventType, String listenerId, PublicationStatus status,
		Instant publishedAt, int attempts, @Nullable String lastError, @Nullable Instant lastFailedAt,
		@Nullable Instant nextAttemptAt, String payload, List<AttemptView> history, @Nullable Waiting waiting) {

	public DeliveryView(UUID publicationId, String eventType, String listenerId, PublicationStatus status,
			Instant publishedAt, int attempts, @Nullable String lastError, @Nullable Instant lastFailedAt,
			@Nullable Instant nextAttemptAt, String payload, List<AttemptView> history) {
		this(publicationId, eventType, listenerId, status, publishedAt, attempts, lastError, lastFailedAt,
				nextAttemptAt, payload, history, null);
	}

	/**
	 * What the delivery waits for, since when, how often it was found missing, when it was last tried and until when
	 * it may wait before it is an incident (it keeps waiting after that).
	 */
	public record Waiting(String waitingFor, String reason, Instant since, int waits, Instant lastTriedAt,
			@Nullable Instant deadline) {

		public boolean pastDeadline(Instant now) {
			return deadline != null && deadline.isBefore(now);
		}
	}

	/** One failed attempt. */
	public record AttemptView(int attempt, Instant failedAt, String errorType, @Nullable String errorMessage) {
	}
}
