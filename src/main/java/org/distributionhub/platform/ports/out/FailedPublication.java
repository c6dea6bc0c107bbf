package org.distributionhub.platform.ports.out;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A publication in state FAILED as the registry holds it. */
public record FailedPublication(UUID id, String listenerId, String eventType, Instant publishedAt, int attempts,
		@Nullable Instant lastResubmittedAt) {

	/** When the last attempt started: the last resubmission, or the publication itself for the first one. */
	public Instant lastAttemptAt() {
		return lastResubmittedAt != null ? lastResubmittedAt : publishedAt;
	}
}
