package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.distributionhub.supplier.partners.ports.out.ImportedPartnerFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fingerprints of imported partner files, one row per supplier in supplier_partner_file. */
@Repository
class JdbcImportedPartnerFiles implements ImportedPartnerFiles {

	private final JdbcClient jdbc;

	JdbcImportedPartnerFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> fingerprint(String supplierId) {
		return jdbc.sql("SELECT fingerprint FROM supplier_partner_file WHERE supplier_id = ?")
			.param(supplierId)
			.query(String.class)
			.optional();
	}

	@Override
	public void record(String supplierId, String fingerprint, String source, Instant importedAt) {
		String clipped = source.length() <= 1000 ? source : source.substring(0, 997) + "...";
		int updated = jdbc.sql("""
				UPDATE supplier_partner_file SET fingerprint = ?, source = ?, imported_at = ? WHERE supplier_id = ?""")
			.params(fingerprint, clipped, Timestamp.from(importedAt), supplierId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO supplier_partner_file (supplier_id, fingerprint, source, imported_at)
					VALUES (?, ?, ?, ?)""")
				.params(supplierId, fingerprint, clipped, Timestamp.from(importedAt))
				.update();
		}
	}
}
