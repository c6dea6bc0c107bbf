package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.distributionhub.platform.ports.out.DeliveryCompletion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Archives a completed publication as Spring Modulith's archive completion mode does (a copy in
 * event_publication_archive, the live row deleted), in the caller's transaction, and only the listener's own. On
 * PostgreSQL the move is one statement (a DELETE ... RETURNING feeding the INSERT); H2 has no data-changing WITH, so
 * there it is a copy and a delete.
 */
@Repository
class JdbcDeliveryCompletion implements DeliveryCompletion {

	private static final String COLUMNS = """
			id, listener_id, event_type, serialized_event, publication_date, status, completion_date,
			completion_attempts, last_resubmission_date""";

	private final JdbcClient jdbc;
	private final DatabaseProduct database;
	private final Clock clock;

	JdbcDeliveryCompletion(JdbcClient jdbc, DatabaseProduct database, Clock clock) {
		this.jdbc = jdbc;
		this.database = database;
		this.clock = clock;
	}

	@Override
	public void complete(UUID publicationId, String listenerId) {
		Timestamp now = Timestamp.from(clock.instant());
		if (database.isPostgres()) {
			jdbc.sql("""
					WITH moved AS (
					  DELETE FROM event_publication WHERE id = ? AND listener_id = ?
					  RETURNING id, listener_id, event_type, serialized_event, publication_date, completion_attempts,
					            last_resubmission_date)
					INSERT INTO event_publication_archive (%s)
					SELECT id, listener_id, event_type, serialized_event, publication_date, 'COMPLETED', ?,
					       completion_attempts, last_resubmission_date
					  FROM moved
					 WHERE NOT EXISTS (SELECT 1 FROM event_publication_archive a WHERE a.id = moved.id)""".formatted(COLUMNS))
				.params(publicationId, listenerId, now)
				.update();
			return;
		}
		jdbc.sql("""
				INSERT INTO event_publication_archive (%s)
				SELECT id, listener_id, event_type, serialized_event, publication_date, 'COMPLETED', ?,
				       completion_attempts, last_resubmission_date
				  FROM event_publication
				 WHERE id = ? AND listener_id = ?
				   AND NOT EXISTS (SELECT 1 FROM event_publication_archive a WHERE a.id = event_publication.id)"""
			.formatted(COLUMNS))
			.params(now, publicationId, listenerId)
			.update();
		jdbc.sql("DELETE FROM event_publication WHERE id = ? AND listener_id = ?")
			.params(publicationId, listenerId)
			.update();
	}
}
