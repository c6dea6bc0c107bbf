package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import java.util.List;

import org.distributionhub.supplier.api.FindDryRunResults.DryRunSummary;
import org.distributionhub.supplier.procurement.ports.out.DryRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newest dry run per document type: one query on the supplier's index. */
@Repository
class JdbcDryRuns implements DryRuns {

	private final JdbcClient jdbc;

	JdbcDryRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DryRunSummary> latestPerDocumentType(String supplierId) {
		return jdbc.sql("SELECT d.id, d.document_type, d.format, d.passed, d.problem_count, d.ran_at, d.ran_by"
				+ " FROM supplier_dry_run d WHERE d.supplier_id = ? AND d.id = (SELECT MAX(n.id) FROM supplier_dry_run n"
				+ " WHERE n.supplier_id = d.supplier_id AND n.document_type = d.document_type) ORDER BY d.document_type")
			.param(supplierId)
			.query((rs, row) -> new DryRunSummary(rs.getLong("id"), rs.getString("document_type"),
					rs.getString("format"), rs.getBoolean("passed"), rs.getInt("problem_count"),
					rs.getTimestamp("ran_at").toInstant(), rs.getString("ran_by")))
			.list();
	}
}
