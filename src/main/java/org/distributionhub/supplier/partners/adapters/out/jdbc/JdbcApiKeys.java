package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.partners.domain.ApiKey;
import org.distributionhub.supplier.partners.ports.out.ApiKeys;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Repository;

/**
 * API keys in supplier_api_key through Spring Data JDBC; a key looked up by id is kept in memory briefly (see
 * {@link ExpiringCache}). The port says whether a key is new, so it is inserted or updated without a read first.
 */
@Repository
class JdbcApiKeys implements ApiKeys {

	private final ApiKeyRowRepository rows;
	private final JdbcAggregateOperations aggregates;
	private final ExpiringCache<String, ApiKey> byId;

	JdbcApiKeys(ApiKeyRowRepository rows, JdbcAggregateOperations aggregates, SupplierCacheProperties cache) {
		this.rows = rows;
		this.aggregates = aggregates;
		this.byId = new ExpiringCache<>(cache.apiKeys(), 10_000);
	}

	@Override
	public void add(ApiKey key) {
		aggregates.insert(ApiKeyRow.of(key));
		byId.written(key.keyId());
	}

	@Override
	public Optional<ApiKey> find(String keyId) {
		return Optional.ofNullable(byId.get(keyId, id -> rows.findById(id).map(ApiKeyRow::toKey).orElse(null)));
	}

	@Override
	public List<ApiKey> bySupplier(String supplierId) {
		return rows.findBySupplierIdOrderByCreatedAtDescKeyIdAsc(supplierId).stream().map(ApiKeyRow::toKey).toList();
	}

	@Override
	public void update(ApiKey key) {
		aggregates.update(ApiKeyRow.of(key));
		byId.written(key.keyId());
	}

	@Override
	public void recordUse(String keyId, Instant at, Instant notBefore) {
		if (rows.recordUse(keyId, at, notBefore) > 0) {
			byId.written(keyId);
		}
	}
}
