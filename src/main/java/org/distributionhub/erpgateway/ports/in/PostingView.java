package org.distributionhub.erpgateway.ports.in;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A posting as operators and other adapters see it; type and status are the names of the ledger's values. */
@NamedInterface("api")
public record PostingView(UUID id, String type, String businessKey, long sequence, String idempotencyKey,
		String status, int attempts, Instant recordedAt, Instant nextAttemptAt, @Nullable String lastError,
		@Nullable String erpReference) {
}
