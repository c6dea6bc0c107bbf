package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** supplier_profile with its channels and code map through Spring Data JDBC (one select per table on a read). */
interface PartnerProfileRowRepository extends Repository<PartnerProfileRow, String> {

	Optional<PartnerProfileRow> findById(String supplierId);

	boolean existsById(String supplierId);

	@Query("SELECT supplier_id FROM supplier_profile WHERE edi_sender = :sender")
	Optional<String> findSupplierIdBySender(String sender);

	@Query("SELECT supplier_id FROM supplier_profile ORDER BY supplier_id")
	List<String> findAllSupplierIds();
}
