package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;

import org.distributionhub.platform.ports.out.WaitingPublications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the open registry's publications that wait for a delivery: not completed and published or processing.
 * FAILED and RESUBMITTED ones are the retry round's, dead letters live in a table of their own.
 */
@Repository
class JdbcWaitingPublications implements WaitingPublications {

	private final JdbcClient jdbc;

	JdbcWaitingPublications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Waiting waiting() {
		return jdbc.sql("""
				SELECT COUNT(*) AS n, MIN(publication_date) AS oldest FROM event_publication
				 WHERE completion_date IS NULL AND (status IS NULL OR status IN ('PUBLISHED', 'PROCESSING'))""")
			.query((rs, row) -> {
				Timestamp oldest = rs.getTimestamp("oldest");
				return new Waiting(rs.getLong("n"), oldest == null ? null : oldest.toInstant());
			})
			.single();
	}
}
