package org.distributionhub.erpgateway.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A posting as operators and other adapters see it; type and status are the names of the ledger's values. */
public record PostingView(UUID id, String type, String businessKey, long sequence, String idempotencyKey,
		String status, int attempts, Instant recordedAt, Instant nextAttemptAt, @Nullable String lastError,
		@Nullable String erpReference) {
}
