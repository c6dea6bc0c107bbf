package org.distributionhub.platform.adapters.out.modulith;

import java.util.function.Predicate;

import org.distributionhub.platform.ports.out.FailedPublication;
import org.distributionhub.platform.ports.out.PublicationResubmission;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Resubmits through Spring Modulith, which marks each publication RESUBMITTED with a conditional update before it
 * invokes the listener: of two instances racing for the same publication only one wins.
 */
@Component
class ModulithPublicationResubmission implements PublicationResubmission {

	private final FailedEventPublications failed;

	ModulithPublicationResubmission(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Override
	public void resubmitFailed(Predicate<FailedPublication> due, int batchSize) {
		failed.resubmit(ResubmissionOptions.defaults()
			.withBatchSize(batchSize)
			.withFilter(publication -> due.test(toFailed(publication))));
	}

	private static FailedPublication toFailed(EventPublication publication) {
		return new FailedPublication(publication.getIdentifier(), "", "", publication.getPublicationDate(),
				publication.getCompletionAttempts(), publication.getLastResubmissionDate());
	}
}
