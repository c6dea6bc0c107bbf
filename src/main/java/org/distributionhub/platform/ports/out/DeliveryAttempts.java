package org.distributionhub.platform.ports.out;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The ledger of failed attempts, kept after the publication itself has moved on. */
public interface DeliveryAttempts {

	/** The error type of an attempt marked failed without an error from the listener (stale, or no listener). */
	String STALE = "StaleDelivery";

	void record(FailedAttempt attempt);

	/**
	 * When the last attempt of each publication currently FAILED failed with an error from its listener. A stale mark
	 * does not count: the attempt it marked may still be queued or running.
	 */
	Map<UUID, Instant> lastFailureOfFailedPublications();

	/** One failed attempt of one publication. */
	record FailedAttempt(UUID publicationId, String listenerId, @Nullable UUID eventId, String eventType, int attempt,
			Instant failedAt, String errorType, String errorMessage, @Nullable String correlationId) {
	}
}
