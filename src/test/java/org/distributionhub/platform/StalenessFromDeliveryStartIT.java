package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.distributionhub.probereceiver.ProbeReceiver;
import org.distributionhub.probesender.ProbeSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The drill of a backlog longer than the staleness limit: a 2 s limit checked every 300 ms, a listener that takes
 * 250 ms per event on 4 threads and 80 events at once (5 s of work). Publications still queued in memory when they
 * are older than the limit are not marked stale and resubmitted before they ran: each is delivered once, with its
 * first attempt, and nothing goes to the ledger of failed attempts or the dead letters.
 */
@SpringBootTest(properties = { "spring.modulith.events.staleness.published=2s",
		"spring.modulith.events.staleness.processing=2s", "spring.modulith.events.staleness.resubmission=2s",
		"spring.modulith.events.staleness.check-intervall=300ms", "hub.probe.apply-time=250ms",
		"spring.task.execution.pool.core-size=4", "spring.task.execution.pool.max-size=4" })
class StalenessFromDeliveryStartIT {

	private static final int BACKLOG = 80;

	@Autowired
	ProbeSender sender;

	@Autowired
	ProbeReceiver receiver;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBacklogOverTheStalenessLimitIsDeliveredOnceWithoutStaleMarks() {
		Instant start = Instant.now();
		var events = new ArrayList<UUID>();
		for (int i = 0; i < BACKLOG; i++) {
			events.add(sender.send("backlog-" + i, 0).eventId());
		}

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
			.until(() -> completed(events) == BACKLOG);

		// The backlog outlasted the limit, so the monitor had stale candidates to look at.
		assertThat(Duration.between(start, Instant.now())).isGreaterThan(Duration.ofSeconds(3));
		var publications = publications(events);
		assertThat(publications).hasSize(BACKLOG);
		assertThat(jdbc.sql("SELECT MAX(completion_attempts) FROM event_publication_archive WHERE listener_id = ? "
				+ "AND id IN (" + placeholders(publications.size()) + ")")
			.params(withListener(publications))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_attempt WHERE publication_id IN ("
				+ placeholders(publications.size()) + ")")
			.params(new ArrayList<Object>(publications))
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_dead_letter WHERE id IN (" + placeholders(publications.size())
				+ ")")
			.params(new ArrayList<Object>(publications))
			.query(Long.class)
			.single()).isZero();
		for (UUID event : events) {
			assertThat(receiver.invocations(event)).isEqualTo(1);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM probe_received WHERE event_id = ?")
				.param(event)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	private long completed(List<UUID> events) {
		return publications(events).size();
	}

	private List<UUID> publications(List<UUID> events) {
		var ids = new ArrayList<UUID>();
		for (UUID event : events) {
			jdbc.sql("SELECT id FROM event_publication_archive WHERE listener_id = ? AND serialized_event LIKE ?")
				.params(ProbeReceiver.LISTENER_ID, "%" + event + "%")
				.query(UUID.class)
				.optional()
				.ifPresent(ids::add);
		}
		return ids;
	}

	private static List<Object> withListener(List<UUID> publications) {
		var params = new ArrayList<Object>();
		params.add(ProbeReceiver.LISTENER_ID);
		params.addAll(publications);
		return params;
	}

	private static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}
}
