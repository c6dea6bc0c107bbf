package org.distributionhub.platform.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Narrows the event log; every criterion is optional and they combine with AND. */
public record EventLogFilter(@Nullable String eventType, @Nullable String listener, @Nullable PublicationStatus status,
		@Nullable Instant from, @Nullable Instant to, @Nullable String payloadText) {

	public static EventLogFilter none() {
		return new EventLogFilter(null, null, null, null, null, null);
	}

	public EventLogFilter {
		eventType = blankToNull(eventType);
		listener = blankToNull(listener);
		payloadText = blankToNull(payloadText);
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("The time range starts after it ends");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
