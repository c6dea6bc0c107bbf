package org.distributionhub.platform.api;

import org.jspecify.annotations.Nullable;

/** Narrows the failed and dead-lettered deliveries; the status is FAILED, DEAD_LETTERED or null for both. */
public record DeliveryFilter(@Nullable String eventType, @Nullable String listener, @Nullable PublicationStatus status) {

	public DeliveryFilter {
		eventType = eventType == null || eventType.isBlank() ? null : eventType.strip();
		listener = listener == null || listener.isBlank() ? null : listener.strip();
		if (status != null && status != PublicationStatus.FAILED && status != PublicationStatus.DEAD_LETTERED) {
			throw new IllegalArgumentException("Deliveries are FAILED or DEAD_LETTERED, not " + status);
		}
	}

	public static DeliveryFilter none() {
		return new DeliveryFilter(null, null, null);
	}
}
