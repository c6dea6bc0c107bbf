package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.platform.ports.out.DeliveryAttempts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes delivery_attempt rows and reads when the failed publications last failed. */
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
}
