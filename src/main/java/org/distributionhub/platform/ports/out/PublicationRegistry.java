package org.distributionhub.platform.ports.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.distributionhub.platform.api.DeliveryFilter;
import org.distributionhub.platform.api.DeliveryView;
import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.EventLogFilter;
import org.distributionhub.platform.api.PageOf;

/** The event publication registry's tables, with the dead letters kept beside them. */
public interface PublicationRegistry {

	List<FailedPublication> findFailedWithAtLeast(int attempts, int limit);

	/**
	 * Moves a failed publication that has had at least {@code minAttempts} attempts to the dead letters with the
	 * given reason and its last recorded error; false when it no longer qualifies (another instance moved it, it
	 * completed, or an operator gave it a fresh budget meanwhile).
	 */
	boolean deadLetter(UUID publicationId, int minAttempts, String reason);

	/** The event types of all open publications, to find those this hub can no longer load. */
	List<String> openEventTypes();

	/**
	 * Moves publications of the given event type to the dead letters: the failed ones, and the others once nothing
	 * happened to them since {@code quietSince}; returns how many moved.
	 */
	int deadLetterEventType(String eventType, java.time.Instant quietSince, String reason);

	/** Moves one failed publication whose stored event cannot be read to the dead letters. */
	boolean deadLetterUnreadable(UUID publicationId, String reason);

	/** Gives failed publications a fresh attempt budget, due at once; returns how many were still failed. */
	int resetFailed(Collection<UUID> publicationIds);

	/** Moves dead letters back to the registry as failed with a fresh attempt budget; returns how many moved. */
	int restoreDeadLetters(Collection<UUID> publicationIds);

	List<UUID> findDeliveryIds(DeliveryFilter filter, int limit);

	PageOf<DeliveryView> findDeliveries(DeliveryFilter filter, int page, int size);

	Optional<DeliveryView> findDelivery(UUID publicationId);

	/** Deliveries waiting for a prerequisite since before {@code before}, longest waiting first. */
	List<DeliveryView> findWaitingSince(java.time.Instant before, int limit);

	PageOf<EventLogEntryView> findLog(EventLogFilter filter, int page, int size);

	void forEachInLog(EventLogFilter filter, Consumer<EventLogEntryView> consumer);
}
