package org.distributionhub.erpgateway.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.distributionhub.erpgateway.domain.ReleasedOrderRevision;
import org.distributionhub.erpgateway.ports.out.ReleasedOrderRevisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published revisions in erp_po_revision, one row per purchase order; an order refused before it was ever published
 * has revision 0 there, which reads as no revision.
 */
@Repository
class JdbcReleasedOrderRevisions implements ReleasedOrderRevisions {

	private static final int REASON_LIMIT = 2000;

	private final JdbcClient jdbc;

	JdbcReleasedOrderRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ReleasedOrderRevision> find(String poNumber) {
		return jdbc.sql("SELECT revision, content_digest FROM erp_po_revision WHERE po_number = ? AND revision > 0")
			.param(poNumber)
			.query((rs, row) -> new ReleasedOrderRevision(poNumber, rs.getInt("revision"),
					rs.getString("content_digest")))
			.optional();
	}

	@Override
	public void published(ReleasedOrderRevision revision, String source) {
		var now = Timestamp.from(Instant.now());
		int updated = jdbc.sql("UPDATE erp_po_revision SET source = ?, revision = ?, content_digest = ?, refusal = NULL,"
				+ " updated_at = ? WHERE po_number = ?")
			.params(source, revision.revision(), revision.contentDigest(), now, revision.poNumber())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO erp_po_revision (po_number, source, revision, content_digest, updated_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
				.params(revision.poNumber(), source, revision.revision(), revision.contentDigest(), now)
				.update();
		}
	}

	@Override
	public void refused(String poNumber, String source, String reason) {
		String clipped = reason.length() <= REASON_LIMIT ? reason : reason.substring(0, REASON_LIMIT - 3) + "...";
		var now = Timestamp.from(Instant.now());
		int updated = jdbc.sql("UPDATE erp_po_revision SET source = ?, refusal = ?, updated_at = ? WHERE po_number = ?")
			.params(source, clipped, now, poNumber)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO erp_po_revision (po_number, source, revision, content_digest, refusal, updated_at) "
					+ "VALUES (?, ?, 0, '-', ?, ?)")
				.params(poNumber, source, clipped, now)
				.update();
		}
	}
}
