package org.distributionhub.platform.ports.out;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** Hands failed publications back to their listeners; each is claimed so no two instances deliver it at once. */
public interface PublicationResubmission {

	/**
	 * Resubmits the failed publications the predicate finds due, reading at most {@code batchSize}; one whose stored
	 * event can no longer be read goes to {@code unreadable} with the reason instead.
	 */
	void resubmitFailed(Predicate<FailedPublication> due, int batchSize, BiConsumer<UUID, String> unreadable);
}
