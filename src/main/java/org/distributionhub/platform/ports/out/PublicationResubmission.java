package org.distributionhub.platform.ports.out;

import java.util.function.Predicate;

/** Hands failed publications back to their listeners; each is claimed so no two instances deliver it at once. */
public interface PublicationResubmission {

	void resubmitFailed(Predicate<FailedPublication> due, int batchSize);
}
