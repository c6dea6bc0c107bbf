package org.distributionhub.supplier.partners.adapters.out.jdbc;

import java.time.Instant;
import java.util.Optional;

import org.distributionhub.supplier.partners.ports.out.ImportedPartnerFiles;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Repository;

/** The fingerprints of imported partner files, one row per supplier in supplier_partner_file, via Spring Data JDBC. */
@Repository
class JdbcImportedPartnerFiles implements ImportedPartnerFiles {

	private static final int SOURCE_LIMIT = 1000;

	private final PartnerFileRowRepository rows;
	private final JdbcAggregateOperations aggregates;

	JdbcImportedPartnerFiles(PartnerFileRowRepository rows, JdbcAggregateOperations aggregates) {
		this.rows = rows;
		this.aggregates = aggregates;
	}

	@Override
	public Optional<String> fingerprint(String supplierId) {
		return rows.findById(supplierId).map(PartnerFileRow::fingerprint);
	}

	@Override
	public void record(String supplierId, String fingerprint, String source, Instant importedAt) {
		String clipped = source.length() <= SOURCE_LIMIT ? source : source.substring(0, SOURCE_LIMIT - 3) + "...";
		var row = new PartnerFileRow(supplierId, fingerprint, clipped, importedAt);
		if (rows.existsById(supplierId)) {
			aggregates.update(row);
		}
		else {
			aggregates.insert(row);
		}
	}
}
