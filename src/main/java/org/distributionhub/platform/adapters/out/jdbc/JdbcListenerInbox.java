package org.distributionhub.platform.adapters.out.jdbc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.distributionhub.platform.jdbc.ConcurrentWrites;
import org.distributionhub.platform.ports.out.ListenerInbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox row is inserted in the listener's transaction: it commits with the listener's work or not at all. On
 * PostgreSQL a concurrent second delivery waits on the key and then finds it taken. H2 refuses at once while the
 * other transaction is open instead of waiting, so the claim waits and asks again ({@link ConcurrentWrites}).
 */
@Repository
class JdbcListenerInbox implements ListenerInbox {

	private final JdbcClient jdbc;
	private final Clock clock;

	JdbcListenerInbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean claim(String listenerId, UUID eventId) {
		return ConcurrentWrites.retried(() -> jdbc.sql("""
				INSERT INTO listener_inbox (listener_id, event_id, processed_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(listenerId, eventId, Timestamp.from(clock.instant()))
			.update() == 1);
	}

	@Override
	public int forgetOlderThan(Instant instant) {
		return jdbc.sql("DELETE FROM listener_inbox WHERE processed_at < ?").param(Timestamp.from(instant)).update();
	}
}
