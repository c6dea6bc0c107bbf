package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.platform.ports.out.DeliveryAttempts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes delivery_attempt rows and reads when the failed publications last failed; keeps the waits of deliveries
 * whose listener waits for a prerequisite in delivery_waiting.
 */
@Repository
class JdbcDeliveryAttempts implements DeliveryAttempts {

	private final JdbcClient jdbc;

	JdbcDeliveryAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(FailedAttempt attempt) {
		jdbc.sql("""
				INSERT INTO delivery_attempt (publication_id, listener_id, event_id, event_type, attempt, failed_at,
				    error_type, error_message, correlation_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(attempt.publicationId(), attempt.listenerId(), attempt.eventId(), attempt.eventType(),
					attempt.attempt(), Timestamp.from(attempt.failedAt()), JdbcAdminAuditTrail.clip(attempt.errorType(), 512),
					JdbcAdminAuditTrail.clip(attempt.errorMessage(), 4000), attempt.correlationId())
			.update();
	}

	@Override
	public Map<UUID, Instant> lastFailureOfFailedPublications() {
		var lastFailures = new HashMap<UUID, Instant>();
		jdbc.sql("""
				SELECT a.publication_id, MAX(a.failed_at) AS last_failed_at
				  FROM delivery_attempt a JOIN event_publication p ON p.id = a.publication_id
				 WHERE p.status = 'FAILED' AND a.error_type <> ?
				 GROUP BY a.publication_id""")
			.param(STALE)
			.query(rs -> {
				lastFailures.put(rs.getObject("publication_id", UUID.class),
						rs.getTimestamp("last_failed_at").toInstant());
			});
		return lastFailures;
	}

	@Override
	public boolean recordWait(Wait wait) {
		jdbc.sql("""
				UPDATE event_publication SET completion_attempts = completion_attempts - 1
				 WHERE id = ? AND completion_attempts > 0""")
			.param(wait.publicationId())
			.update();
		if (countWait(wait)) {
			return false;
		}
		try {
			jdbc.sql("""
					INSERT INTO delivery_waiting (publication_id, waiting_for, reason, waiting_since, last_waited_at, waits)
					VALUES (?, ?, ?, ?, ?, 1)""")
				.params(wait.publicationId(), JdbcAdminAuditTrail.clip(wait.waitingFor(), 1000),
						JdbcAdminAuditTrail.clip(wait.reason(), 4000), Timestamp.from(wait.since()),
						Timestamp.from(wait.lastWaitedAt()))
				.update();
			return true;
		}
		catch (DuplicateKeyException waitedMeanwhile) {
			countWait(wait);
			return false;
		}
	}

	private boolean countWait(Wait wait) {
		return jdbc.sql("""
				UPDATE delivery_waiting SET waiting_for = ?, reason = ?, last_waited_at = ?, waits = waits + 1
				 WHERE publication_id = ?""")
			.params(JdbcAdminAuditTrail.clip(wait.waitingFor(), 1000), JdbcAdminAuditTrail.clip(wait.reason(), 4000),
					Timestamp.from(wait.lastWaitedAt()), wait.publicationId())
			.update() == 1;
	}

	@Override
	public Map<UUID, Wait> openWaits() {
		var waits = new HashMap<UUID, Wait>();
		jdbc.sql("""
				SELECT w.publication_id, w.waiting_for, w.reason, w.waiting_since, w.last_waited_at, w.waits
				  FROM delivery_waiting w JOIN event_publication p ON p.id = w.publication_id""")
			.query(rs -> {
				var wait = new Wait(rs.getObject("publication_id", UUID.class), rs.getString("waiting_for"),
						rs.getString("reason"), rs.getTimestamp("waiting_since").toInstant(),
						rs.getTimestamp("last_waited_at").toInstant(), rs.getInt("waits"));
				waits.put(wait.publicationId(), wait);
			});
		return waits;
	}

	@Override
	public void forgetWait(UUID publicationId) {
		jdbc.sql("DELETE FROM delivery_waiting WHERE publication_id = ?").param(publicationId).update();
	}

	@Override
	public int forgetFinishedWaits() {
		return jdbc.sql("""
				DELETE FROM delivery_waiting
				 WHERE NOT EXISTS (SELECT 1 FROM event_publication p WHERE p.id = delivery_waiting.publication_id)""")
			.update();
	}
}
