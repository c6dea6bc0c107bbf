package org.distributionhub.erpgateway.domain;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A posting's state as a whole, for storing and restoring it. */
@ValueObject
public record PostingSnapshot(UUID id, PostingPayload payload, String businessKey, long sequence,
		String idempotencyKey, Instant recordedAt, long version, PostingStatus status, int attempts,
		Instant nextAttemptAt, @Nullable Instant leaseUntil, @Nullable String lastError,
		@Nullable ErpReference erpReference, @Nullable Instant completedAt) {

	public PostingType type() {
		return payload.type();
	}

	/** The same state under another version: the ledger's view after storing it. */
	public PostingSnapshot withVersion(long newVersion) {
		return new PostingSnapshot(id, payload, businessKey, sequence, idempotencyKey, recordedAt, newVersion,
				status, attempts, nextAttemptAt, leaseUntil, lastError, erpReference, completedAt);
	}
}
