package org.distributionhub.supplier.procurement.adapters.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.api.DryRunReport;
import org.distributionhub.supplier.api.FindDryRunResults.DryRunSummary;
import org.distributionhub.supplier.procurement.ports.out.DryRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Dry runs with their report as JSON; the newest per document type is one query on the supplier's index. */
@Repository
class JdbcDryRuns implements DryRuns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SUMMARY = "SELECT d.id, d.document_type, d.format, d.passed, d.problem_count, d.ran_at,"
			+ " d.ran_by FROM supplier_dry_run d";

	private final JdbcClient jdbc;

	JdbcDryRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DryRunSummary> latestPerDocumentType(String supplierId) {
		return jdbc.sql(SUMMARY + " WHERE d.supplier_id = ? AND d.id = (SELECT MAX(n.id) FROM supplier_dry_run n"
				+ " WHERE n.supplier_id = d.supplier_id AND n.document_type = d.document_type) ORDER BY d.document_type")
			.param(supplierId)
			.query(JdbcDryRuns::summary)
			.list();
	}

	@Override
	public long save(DryRunReport report) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO supplier_dry_run (supplier_id, document_type, format, passed, problem_count, ran_at, ran_by,
				  report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(report.supplierId(), clip(report.documentType(), 20), report.format(), report.passed(),
					report.problems().size(), Timestamp.from(report.ranAt()), clip(report.ranBy(), 100),
					JSON.writeValueAsString(report))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	@Override
	public Optional<DryRunReport> find(String supplierId, long id) {
		return jdbc.sql("SELECT report FROM supplier_dry_run WHERE supplier_id = ? AND id = ?")
			.params(supplierId, id)
			.query(String.class)
			.optional()
			.map(text -> JSON.readValue(text, DryRunReport.class).withId(id));
	}

	@Override
	public List<DryRunSummary> history(String supplierId, int limit) {
		return jdbc.sql(SUMMARY + " WHERE d.supplier_id = ? ORDER BY d.id DESC FETCH FIRST ? ROWS ONLY")
			.params(supplierId, limit)
			.query(JdbcDryRuns::summary)
			.list();
	}

	private static DryRunSummary summary(ResultSet rs, int row) throws SQLException {
		return new DryRunSummary(rs.getLong("id"), rs.getString("document_type"), rs.getString("format"),
				rs.getBoolean("passed"), rs.getInt("problem_count"), rs.getTimestamp("ran_at").toInstant(),
				rs.getString("ran_by"));
	}

	private static String clip(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}
}
