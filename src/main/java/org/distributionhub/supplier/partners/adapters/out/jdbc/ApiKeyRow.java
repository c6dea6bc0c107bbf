package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.time.Instant;

import org.distributionhub.supplier.partners.domain.ApiKey;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** A row of supplier_api_key; an update writes only what a key may change (label, revocation, last use, expiry). */
@Table("supplier_api_key")
record ApiKeyRow(@Id String keyId, @InsertOnlyProperty String supplierId, @InsertOnlyProperty String secretHash,
		String label, @InsertOnlyProperty Instant createdAt, @InsertOnlyProperty String createdBy,
		@Nullable Instant revokedAt, @Nullable Instant lastUsedAt, @Nullable Instant expiresAt) {

	static ApiKeyRow of(ApiKey key) {
		return new ApiKeyRow(key.keyId(), key.supplierId(), key.secretHash(), key.label(), key.createdAt(),
				key.createdBy(), key.revokedAt(), key.lastUsedAt(), key.expiresAt());
	}

	ApiKey toKey() {
		return new ApiKey(keyId, supplierId, secretHash, label, createdAt, createdBy, revokedAt, lastUsedAt, expiresAt);
	}
}
