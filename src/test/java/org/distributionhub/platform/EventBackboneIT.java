package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.probereceiver.ProbeReceiver;
import org.distributionhub.probesender.ProbeSender;
import org.distributionhub.shared.CorrelationId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The backbone end to end on a real database: delivery, backed-off retries, dead letters, correlation. */
@SpringBootTest
class EventBackboneIT {

	@Autowired
	ProbeSender sender;

	@Autowired
	ProbeReceiver receiver;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aListenerThatFailsTwiceEndsCompletedAfterBackedOffRetries() {
		var probe = sender.send("fails-twice", 2);

		await().atMost(Duration.ofSeconds(30)).until(() -> archivedStatus(probe.eventId()) != null);

		assertThat(archivedStatus(probe.eventId())).isEqualTo("COMPLETED");
		assertThat(receiver.invocations(probe.eventId())).isEqualTo(3);
		assertThat(received(probe.eventId())).isEqualTo(1);
		var failures = jdbc.sql("SELECT attempt FROM delivery_attempt WHERE event_id = ? ORDER BY failed_at")
			.param(probe.eventId())
			.query(Integer.class)
			.list();
		assertThat(failures).containsExactly(1, 2);
		var failedAt = jdbc.sql("SELECT failed_at FROM delivery_attempt WHERE event_id = ? ORDER BY failed_at")
			.param(probe.eventId())
			.query(java.sql.Timestamp.class)
			.list();
		// Configured for tests: 200 ms initial backoff, doubling, 10% jitter; the poller looks every 250 ms.
		assertThat(Duration.between(failedAt.get(0).toInstant(), failedAt.get(1).toInstant()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(180));
	}

	@Test
	void aListenerThatAlwaysFailsEndsDeadLetteredWithItsReason() {
		var probe = sender.send("always-fails", -1);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM event_dead_letter WHERE serialized_event LIKE ?")
				.param("%" + probe.eventId() + "%")
				.query(Long.class)
				.single() == 1);

		var reason = jdbc.sql("SELECT reason FROM event_dead_letter WHERE serialized_event LIKE ?")
			.param("%" + probe.eventId() + "%")
			.query(String.class)
			.single();
		assertThat(reason).contains("Gave up after 4 attempts")
			.contains("IllegalStateException: Probe always-fails refused on invocation 4");
		assertThat(received(probe.eventId())).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + probe.eventId() + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theCorrelationIdTravelsWithTheEventIntoTheListenersLogContext() {
		var correlation = new CorrelationId("flow-" + UUID.randomUUID());
		var probe = new Object() {
			org.distributionhub.probesender.events.ProbeSent sent;
		};
		Correlation.runWith(correlation, () -> probe.sent = sender.send("correlated", 0));

		await().atMost(Duration.ofSeconds(10)).until(() -> received(probe.sent.eventId()) == 1);

		var row = jdbc.sql("SELECT correlation_id, log_correlation FROM probe_received WHERE event_id = ?")
			.param(probe.sent.eventId())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		assertThat(row).containsExactly(correlation.value(), correlation.value());
	}

	@Test
	void anEventLargerThanFourThousandCharactersIsStoredAndDeliveredWhole() {
		String payload = "large-" + "x".repeat(20_000);
		var probe = sender.send(payload, 0);

		await().atMost(Duration.ofSeconds(10)).until(() -> archivedStatus(probe.eventId()) != null);

		assertThat(jdbc.sql("SELECT payload FROM probe_received WHERE event_id = ?")
			.param(probe.eventId())
			.query(String.class)
			.single()).isEqualTo(payload);
	}

	private String archivedStatus(UUID eventId) {
		return jdbc.sql("SELECT status FROM event_publication_archive WHERE serialized_event LIKE ?")
			.param("%" + eventId + "%")
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long received(UUID eventId) {
		return jdbc.sql("SELECT COUNT(*) FROM probe_received WHERE event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single();
	}
}
