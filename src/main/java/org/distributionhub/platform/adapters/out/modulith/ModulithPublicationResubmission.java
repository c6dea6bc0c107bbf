package org.distributionhub.platform.adapters.out.modulith;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.distributionhub.platform.ports.out.FailedPublication;
import org.distributionhub.platform.ports.out.PublicationResubmission;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Resubmits through Spring Modulith, which claims each publication (FAILED to RESUBMITTED, see
 * {@link GuardedPublicationRepository}) before it invokes the listener. At most one batch is in flight at a time.
 */
@Component
class ModulithPublicationResubmission implements PublicationResubmission {

	private final FailedEventPublications failed;

	ModulithPublicationResubmission(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Override
	public void resubmitFailed(Predicate<FailedPublication> due, int batchSize, BiConsumer<UUID, String> unreadable) {
		failed.resubmit(ResubmissionOptions.defaults()
			.withBatchSize(batchSize)
			.withMaxInFlight(batchSize)
			.withFilter(publication -> readable(publication, unreadable) && due.test(toFailed(publication))));
	}

	/** Reads the stored event now, so one that no longer deserialises is set aside instead of failing the round. */
	private static boolean readable(EventPublication publication, BiConsumer<UUID, String> unreadable) {
		try {
			publication.getEvent();
			return true;
		}
		catch (RuntimeException e) {
			unreadable.accept(publication.getIdentifier(), "The stored event can no longer be read: " + e.getMessage());
			return false;
		}
	}

	private static FailedPublication toFailed(EventPublication publication) {
		return new FailedPublication(publication.getIdentifier(), "", "", publication.getPublicationDate(),
				publication.getCompletionAttempts(), publication.getLastResubmissionDate());
	}
}
