package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.platform.ports.out.InterruptedPublications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims a dead run's in-flight publications with one conditional UPDATE: it sets them FAILED and stamps them with a
 * fresh claim id, so a second hub claiming at the same time finds them no longer in flight (PostgreSQL re-checks the
 * condition on rows it waited for) and the ledger and the result pick exactly the rows this claim took.
 */
@Repository
class JdbcInterruptedPublications implements InterruptedPublications {

	private static final String IN_FLIGHT = "status IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')";

	private final JdbcClient jdbc;

	JdbcInterruptedPublications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<UUID> runsInFlight() {
		return new LinkedHashSet<>(jdbc.sql("SELECT DISTINCT owner_run FROM event_publication WHERE " + IN_FLIGHT
				+ " AND owner_run IS NOT NULL")
			.query(UUID.class)
			.list());
	}

	@Override
	@Transactional
	public List<ClaimedPublication> claim(UUID deadRun, Instant aliveSince, String note, Instant at) {
		UUID claim = UUID.randomUUID();
		int taken = jdbc.sql("UPDATE event_publication SET status = 'FAILED', owner_run = ? WHERE owner_run = ? AND "
				+ IN_FLIGHT + " AND NOT EXISTS (SELECT 1 FROM hub_node WHERE run_id = ? AND heartbeat_at >= ?)")
			.params(claim, deadRun, deadRun, Timestamp.from(aliveSince))
			.update();
		if (taken == 0) {
			return List.of();
		}
		jdbc.sql("""
				INSERT INTO delivery_attempt (publication_id, listener_id, event_type, attempt, failed_at, error_type,
				    error_message)
				SELECT id, listener_id, event_type, COALESCE(completion_attempts, 1), ?, ?, ?
				  FROM event_publication WHERE status = 'FAILED' AND owner_run = ?""")
			.params(Timestamp.from(at), INTERRUPTED, JdbcAdminAuditTrail.clip(note, 4000), claim)
			.update();
		return jdbc.sql("""
				SELECT id, publication_date, COALESCE(completion_attempts, 1) AS attempts
				  FROM event_publication WHERE status = 'FAILED' AND owner_run = ?""")
			.param(claim)
			.query((rs, row) -> new ClaimedPublication(rs.getObject("id", UUID.class),
					rs.getTimestamp("publication_date").toInstant(), rs.getInt("attempts")))
			.list();
	}
}
