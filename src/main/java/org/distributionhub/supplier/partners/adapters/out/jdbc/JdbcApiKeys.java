package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.partners.domain.ApiKey;
import org.distributionhub.supplier.partners.ports.out.ApiKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API keys in supplier_api_key; a key looked up by id is kept in memory briefly (see {@link ExpiringCache}). */
@Repository
class JdbcApiKeys implements ApiKeys {

	private final JdbcClient jdbc;
	private final ExpiringCache<String, ApiKey> byId;

	JdbcApiKeys(JdbcClient jdbc, SupplierCacheProperties cache) {
		this.jdbc = jdbc;
		this.byId = new ExpiringCache<>(cache.apiKeys(), 10_000);
	}

	@Override
	public void add(ApiKey key) {
		jdbc.sql("""
				INSERT INTO supplier_api_key (key_id, supplier_id, secret_hash, label, created_at, created_by,
				    revoked_at, last_used_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(key.keyId(), key.supplierId(), key.secretHash(), key.label(), ts(key.createdAt()), key.createdBy(),
					ts(key.revokedAt()), ts(key.lastUsedAt()))
			.update();
		byId.written(key.keyId());
	}

	@Override
	public Optional<ApiKey> find(String keyId) {
		return Optional.ofNullable(byId.get(keyId, id -> jdbc.sql("SELECT * FROM supplier_api_key WHERE key_id = ?")
			.param(id)
			.query(JdbcApiKeys::toKey)
			.optional()
			.orElse(null)));
	}

	@Override
	public List<ApiKey> bySupplier(String supplierId) {
		return jdbc.sql("SELECT * FROM supplier_api_key WHERE supplier_id = ? ORDER BY created_at DESC, key_id")
			.param(supplierId)
			.query(JdbcApiKeys::toKey)
			.list();
	}

	@Override
	public void update(ApiKey key) {
		jdbc.sql("UPDATE supplier_api_key SET label = ?, revoked_at = ?, last_used_at = ? WHERE key_id = ?")
			.params(key.label(), ts(key.revokedAt()), ts(key.lastUsedAt()), key.keyId())
			.update();
		byId.written(key.keyId());
	}

	@Override
	public void recordUse(String keyId, Instant at, Instant notBefore) {
		int updated = jdbc.sql("""
				UPDATE supplier_api_key SET last_used_at = ?
				WHERE key_id = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
			.params(ts(at), keyId, ts(notBefore))
			.update();
		if (updated > 0) {
			byId.written(keyId);
		}
	}

	private static ApiKey toKey(ResultSet rs, int row) throws SQLException {
		return new ApiKey(rs.getString("key_id"), rs.getString("supplier_id"), rs.getString("secret_hash"),
				rs.getString("label"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				instant(rs, "revoked_at"), instant(rs, "last_used_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
