package org.distributionhub.platform.api;

import java.util.Optional;
import java.util.UUID;

/** Failed, waiting and dead-lettered publications, for the people who decide what to do about them. */
public interface FindDeliveries {

	/** Deliveries that still wait for a prerequisite past their deadline, longest waiting first. */
	java.util.List<DeliveryView> waitingPastDeadline(int limit);

	PageOf<DeliveryView> find(DeliveryFilter filter, int page, int size);

	Optional<DeliveryView> find(UUID publicationId);
}
