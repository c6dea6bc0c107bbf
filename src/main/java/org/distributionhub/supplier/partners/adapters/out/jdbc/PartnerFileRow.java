package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of supplier_partner_file: the fingerprint of the files last imported for a supplier. */
@Table("supplier_partner_file")
record PartnerFileRow(@Id String supplierId, String fingerprint, String source, Instant importedAt) {
}
