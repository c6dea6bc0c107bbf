package org.distributionhub.platform.api;

import java.util.Optional;
import java.util.UUID;

/** Failed and dead-lettered publications, for the people who decide what to do about them. */
public interface FindDeliveries {

	PageOf<DeliveryView> find(DeliveryFilter filter, int page, int size);

	Optional<DeliveryView> find(UUID publicationId);
}
