package org.distributionhub.console.alerting.ports.in;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One notification of an alert on one channel, with its attempts and the last failure. */
public record NotificationView(AlertTransition transition, String channel, NotificationStatus status, int attempts,
		@Nullable String lastError, @Nullable Instant sentAt, @Nullable Instant nextAttemptAt) {

	public boolean failing() {
		return status != NotificationStatus.SENT && lastError != null;
	}
}
