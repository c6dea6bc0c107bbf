package org.distributionhub.console;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.distributionhub.probereceiver.ProbeReceiver;
import org.distributionhub.probesender.ProbeSender;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Real publications for console tests: probes the receiver applies at once or refuses until they are dead-lettered. */
public final class Probes {

	public static final String EVENT_TYPE = "org.distributionhub.probesender.events.ProbeSent";
	public static final String LISTENER = ProbeReceiver.LISTENER_ID;

	private final ProbeSender sender;
	private final JdbcClient jdbc;

	public Probes(ProbeSender sender, JdbcClient jdbc) {
		this.sender = sender;
		this.jdbc = jdbc;
	}

	/** Sends a probe the receiver applies at once; returns its publication id once it is completed. */
	public UUID completed(String payload) {
		var probe = sender.send(payload, 0);
		return awaitIn("event_publication_archive", probe.eventId());
	}

	/** Sends a probe the receiver always refuses; returns its publication id once it is dead-lettered. */
	public UUID deadLettered(String payload) {
		var probe = sender.send(payload, -1);
		return awaitIn("event_dead_letter", probe.eventId());
	}

	public boolean isDeadLettered(UUID publicationId) {
		return jdbc.sql("SELECT COUNT(*) FROM event_dead_letter WHERE id = ?")
			.param(publicationId)
			.query(Long.class)
			.single() == 1;
	}

	/** How many admin audit entries name this publication. */
	public long auditEntriesNaming(UUID publicationId) {
		return jdbc.sql("SELECT COUNT(*) FROM admin_audit WHERE target LIKE ?")
			.param("%" + publicationId + "%")
			.query(Long.class)
			.single();
	}

	private UUID awaitIn(String table, UUID eventId) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> find(table, eventId), Optional::isPresent)
			.orElseThrow();
	}

	private Optional<UUID> find(String table, UUID eventId) {
		return jdbc.sql("SELECT id FROM " + table + " WHERE serialized_event LIKE ?")
			.param("%" + eventId + "%")
			.query(UUID.class)
			.optional();
	}
}
