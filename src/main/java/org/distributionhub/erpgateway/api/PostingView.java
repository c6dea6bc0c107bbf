package org.distributionhub.erpgateway.api;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.Nullable;

/**
 * A posting as operators and other adapters see it; type and status are the names of the ledger's values. A port of
 * either side: the ledger's store answers in it where it reads no payload.
 */
@Port
public record PostingView(UUID id, String type, String businessKey, long sequence, String idempotencyKey,
		String status, int attempts, Instant recordedAt, Instant nextAttemptAt, @Nullable String lastError,
		@Nullable String erpReference) {
}
