package org.distributionhub.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With hub.events.archive.retention set, archived publications older than it go with their attempts; newer stay. */
@SpringBootTest(properties = "hub.events.archive.retention=30d")
class ArchiveHousekeepingIT {

	@Autowired
	ArchiveHousekeeping housekeeping;

	@Autowired
	JdbcClient jdbc;

	@Test
	void archivedPublicationsPastTheRetentionAreForgottenWithTheirAttempts() {
		UUID old = archived(Instant.now().minus(Duration.ofDays(31)));
		UUID recent = archived(Instant.now().minus(Duration.ofDays(29)));
		jdbc.sql("""
				INSERT INTO delivery_attempt (publication_id, listener_id, event_type, attempt, failed_at, error_type)
				VALUES (?, 'test.listener', 'TestEvent', 1, ?, 'IllegalStateException')""")
			.params(old, Timestamp.from(Instant.now().minus(Duration.ofDays(31))))
			.update();

		housekeeping.forget();

		assertThat(count("event_publication_archive", "id", old)).isZero();
		assertThat(count("delivery_attempt", "publication_id", old)).isZero();
		assertThat(count("event_publication_archive", "id", recent)).isOne();
	}

	private UUID archived(Instant published) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO event_publication_archive (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date, status, completion_attempts)
				VALUES (?, 'test.listener', 'TestEvent', '{}', ?, ?, 'COMPLETED', 1)""")
			.params(id, Timestamp.from(published), Timestamp.from(published))
			.update();
		return id;
	}

	private long count(String table, String column, UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?").param(id).query(Long.class)
			.single();
	}
}
