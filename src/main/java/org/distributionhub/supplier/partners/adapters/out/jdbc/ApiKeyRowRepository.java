package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** supplier_api_key through Spring Data JDBC; inserts and updates go through JdbcAggregateOperations. */
interface ApiKeyRowRepository extends Repository<ApiKeyRow, String> {

	Optional<ApiKeyRow> findById(String keyId);

	List<ApiKeyRow> findBySupplierIdOrderByCreatedAtDescKeyIdAsc(String supplierId);

	/** Notes a use unless one at or after notBefore is noted already: one conditional statement, no read. */
	@Modifying
	@Query("""
			UPDATE supplier_api_key SET last_used_at = :at
			WHERE key_id = :keyId AND (last_used_at IS NULL OR last_used_at < :notBefore)""")
	int recordUse(String keyId, Instant at, Instant notBefore);
}
