package org.distributionhub.platform.ports.out;

import java.util.UUID;

/** Moves a delivered publication out of the live registry, inside the caller's transaction. */
public interface DeliveryCompletion {

	/** Completes the listener's publication in the current transaction (archived, or gone already: nothing to do). */
	void complete(UUID publicationId, String listenerId);
}
