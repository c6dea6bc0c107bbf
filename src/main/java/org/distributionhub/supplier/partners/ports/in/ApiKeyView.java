package org.distributionhub.supplier.partners.ports.in;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One of a supplier's API keys, never with its secret. {@code status} is ACTIVE, EXPIRED or REVOKED; {@code active}
 * says whether it works now.
 */
public record ApiKeyView(String keyId, String supplierId, String label, Instant createdAt, String createdBy,
		@Nullable Instant revokedAt, @Nullable Instant lastUsedAt, boolean active, @Nullable Instant expiresAt,
		String status) {
}
