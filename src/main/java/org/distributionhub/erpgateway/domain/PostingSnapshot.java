package org.distributionhub.erpgateway.domain;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A posting's state as a whole, for storing and restoring it. */
@ValueObject
public record PostingSnapshot(UUID id, PostingType type, String businessKey, long sequence, String payload,
		String idempotencyKey, Instant recordedAt, long version, PostingStatus status, int attempts,
		Instant nextAttemptAt, @Nullable Instant leaseUntil, @Nullable String lastError,
		@Nullable ErpReference erpReference, @Nullable Instant completedAt) {

	/** The same state under another version: the ledger's view after storing it. */
	public PostingSnapshot withVersion(long newVersion) {
		return new PostingSnapshot(id, type, businessKey, sequence, payload, idempotencyKey, recordedAt, newVersion,
				status, attempts, nextAttemptAt, leaseUntil, lastError, erpReference, completedAt);
	}
}
