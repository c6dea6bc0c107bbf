package org.distributionhub.platform.ports.out;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The ledger of failed attempts, kept after the publication itself has moved on. */
public interface DeliveryAttempts {

	/** The error type of an attempt marked failed without an error from the listener (stale, or no listener). */
	String STALE = "StaleDelivery";

	/** The error type of the ledger's entry for a delivery that started to wait for a prerequisite. */
	String WAITING = "Waiting";

	void record(FailedAttempt attempt);

	/**
	 * When the last attempt of each publication currently FAILED failed with an error from its listener. A stale mark
	 * does not count: the attempt it marked may still be queued or running.
	 */
	Map<UUID, Instant> lastFailureOfFailedPublications();

	/**
	 * Notes that the publication's delivery waits for a prerequisite: the first wait starts its waiting period, later
	 * ones count on. The attempt the wait ended is given back, so waiting uses up none of the attempt limit. True
	 * when this started the wait.
	 */
	boolean recordWait(Wait wait);

	/** The waits of publications that still wait, by publication. */
	Map<UUID, Wait> openWaits();

	/** Ends the publication's wait (it failed for real, or was handed back to people). */
	void forgetWait(UUID publicationId);

	/** Ends the waits of publications that completed or left the registry; returns how many. */
	int forgetFinishedWaits();

	/** A delivery waiting for {@code waitingFor} since {@code since}, found missing {@code waits} times. */
	record Wait(UUID publicationId, String waitingFor, String reason, Instant since, Instant lastWaitedAt, int waits) {
	}

	/** One failed attempt of one publication. */
	record FailedAttempt(UUID publicationId, String listenerId, @Nullable UUID eventId, String eventType, int attempt,
			Instant failedAt, String errorType, String errorMessage, @Nullable String correlationId) {
	}
}
