package org.distributionhub.platform.api;

import org.jspecify.annotations.Nullable;

/** Narrows the deliveries; the status is FAILED, WAITING, DEAD_LETTERED or null for all. */
public record DeliveryFilter(@Nullable String eventType, @Nullable String listener, @Nullable PublicationStatus status) {

	public DeliveryFilter {
		eventType = eventType == null || eventType.isBlank() ? null : eventType.strip();
		listener = listener == null || listener.isBlank() ? null : listener.strip();
		if (status != null && status != PublicationStatus.FAILED && status != PublicationStatus.WAITING
				&& status != PublicationStatus.DEAD_LETTERED) {
			throw new IllegalArgumentException("Deliveries are FAILED, WAITING or DEAD_LETTERED, not " + status);
		}
	}

	public static DeliveryFilter none() {
		return new DeliveryFilter(null, null, null);
	}
}
