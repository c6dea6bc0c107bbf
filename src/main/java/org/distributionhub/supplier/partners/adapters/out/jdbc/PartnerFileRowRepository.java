package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** supplier_partner_file through Spring Data JDBC; inserts and updates go through JdbcAggregateOperations. */
interface PartnerFileRowRepository extends Repository<PartnerFileRow, String> {

	Optional<PartnerFileRow> findById(String supplierId);

	boolean existsById(String supplierId);
}
