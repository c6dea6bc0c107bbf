package org.distributionhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Two hubs in separate JVMs on one database (PostgreSQL; on H2 the test process serves the file to both): a hub that
 * starts takes over what a dead node left in flight, and leaves the deliveries of a live node alone until that node is
 * killed and its heartbeat gets older than the node timeout. The staleness limit is far beyond the test throughout.
 */
class NodeTakeoverIT {

	private static final Duration START = Duration.ofSeconds(90);
	private static final Duration NODE_TIMEOUT = Duration.ofSeconds(5);
	private static final Duration HEARTBEAT = Duration.ofSeconds(1);

	@Test
	void aStartingHubTakesOverADeadNodesDeliveriesButALiveNodesOnlyAfterItsHeartbeatStops() throws Exception {
		String tag = "takeover-" + UUID.randomUUID();
		var database = shared(TestDatabase.forProcesses("takeover"));
		Path logs = Path.of("target", "node-takeover");
		try (var holder = DriverManager.getConnection(database.url(), database.user(), database.password());
				var live = HubProcess.start(logs.resolve(tag + "-a.log"), arguments(database, tag, "node-a", 1, "10m"))) {
			// One real probe through node-a gives the stored form of an event the fabricated deliveries copy.
			await(() -> count(holder, "SELECT COUNT(*) FROM event_publication_archive WHERE serialized_event LIKE ?",
					"%\"" + tag + "-1\"%") == 1, START, "node-a's first probe archived");
			var template = template(holder, tag);
			UUID liveRun = single(holder, "SELECT run_id FROM hub_node WHERE node_id = ?", "node-a");
			UUID deadRun = UUID.randomUUID();
			update(holder, "INSERT INTO hub_node (node_id, run_id, host, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)",
					"node-dead", deadRun, "gone", Timestamp.from(Instant.now().minusSeconds(7200)),
					Timestamp.from(Instant.now().minusSeconds(3600)));
			var livePayloads = new ArrayList<String>();
			var deadPayloads = new ArrayList<String>();
			for (int i = 0; i < 4; i++) {
				livePayloads.add(inFlight(holder, template, tag + "-live-" + i, "PUBLISHED", liveRun));
				deadPayloads.add(inFlight(holder, template, tag + "-dead-" + i, i % 2 == 0 ? "PROCESSING" : "PUBLISHED",
						deadRun));
			}

			try (var starting = HubProcess.start(logs.resolve(tag + "-b.log"),
					arguments(database, tag, "node-b", 0, "1s"))) {
				await(() -> starting.countLines("Recovery at start:") > 0, START, "node-b's recovery at start");
				assertThat(starting.countLines("Recovery at start: 4 interrupted delivery(ies) taken over, 4 resubmitted"))
					.as("the dead node's deliveries, taken over by node-b at its start")
					.isOne();
				await(() -> received(holder, tag + "-dead-") == 4, Duration.ofSeconds(30), "the dead node's probes");

				Thread.sleep(3 * 1000);
				assertThat(count(holder, "SELECT COUNT(*) FROM event_publication WHERE status = 'PUBLISHED' AND "
						+ "owner_run = ? AND serialized_event LIKE ?", liveRun, "%" + tag + "-live-%"))
					.as("the live node's deliveries after node-b's start and three takeover passes")
					.isEqualTo(4);
				assertThat(received(holder, tag + "-live-")).isZero();

				live.kill();
				Instant killed = Instant.now();
				await(() -> count(holder, "SELECT COUNT(*) FROM event_publication WHERE owner_run = ?", liveRun) == 0,
						Duration.ofSeconds(30), "node-a's deliveries taken over");
				Duration after = Duration.between(killed, Instant.now());
				await(() -> received(holder, tag + "-live-") == 4, Duration.ofSeconds(30), "node-a's probes");
				starting.stop();
				assertThat(after).as("from the kill to the takeover")
					.isGreaterThanOrEqualTo(NODE_TIMEOUT.minus(HEARTBEAT).minusSeconds(1))
					.isLessThan(Duration.ofSeconds(20));
			}

			for (String payload : concat(livePayloads, deadPayloads)) {
				assertThat(count(holder, "SELECT COUNT(*) FROM probe_received WHERE payload = ?", payload))
					.as("applications of %s", payload)
					.isOne();
			}
			assertThat(count(holder, "SELECT COUNT(*) FROM delivery_attempt WHERE error_type = 'InterruptedDelivery' "
					+ "AND error_message LIKE ? AND publication_id IN (SELECT id FROM event_publication_archive "
					+ "WHERE serialized_event LIKE ?)", "%Taken over by node node-b.%", "%" + tag + "-%"))
				.as("interrupted attempts in the ledger")
				.isEqualTo(8);
		}
	}

	/** On H2 the test process opens the file first and serves it to both hubs (H2's automatic mixed mode). */
	private static TestDatabase shared(TestDatabase database) {
		return database.url().startsWith("jdbc:h2:")
				? new TestDatabase(database.url() + ";AUTO_SERVER=TRUE", database.user(), database.password())
				: database;
	}

	private static List<String> arguments(TestDatabase database, String tag, String node, int burst,
			String takeoverInterval) {
		var arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of("--spring.profiles.active=test", "--server.port=0", "--hub.probe.tag=" + tag,
				"--hub.probe.burst=" + burst, "--spring.modulith.events.staleness.published=10m",
				"--spring.modulith.events.staleness.processing=10m",
				"--spring.modulith.events.staleness.resubmission=10m", "--hub.events.recovery.node-id=" + node,
				"--hub.events.recovery.heartbeat-interval=" + HEARTBEAT.toMillis() + "ms",
				"--hub.events.recovery.node-timeout=" + NODE_TIMEOUT.toMillis() + "ms",
				"--hub.events.recovery.takeover-interval=" + takeoverInterval));
		return arguments;
	}

	/** The stored columns of node-a's first probe, and its event id and payload to replace. */
	private record Template(String listenerId, String eventType, String serialized, String eventId, String payload) {
	}

	private static Template template(Connection connection, String tag) throws Exception {
		try (var statement = connection.prepareStatement("""
				SELECT a.listener_id, a.event_type, a.serialized_event, s.event_id
				  FROM event_publication_archive a JOIN probe_sent s ON s.payload = ?
				 WHERE a.serialized_event LIKE ?""")) {
			statement.setString(1, tag + "-1");
			statement.setString(2, "%\"" + tag + "-1\"%");
			try (var result = statement.executeQuery()) {
				result.next();
				return new Template(result.getString(1), result.getString(2), result.getString(3),
						result.getString(4), tag + "-1");
			}
		}
	}

	/** A delivery the run was busy with: stored as Spring Modulith stores one, stamped with the run. */
	private static String inFlight(Connection connection, Template template, String payload, String status, UUID run)
			throws Exception {
		String event = template.serialized()
			.replace(template.eventId(), UUID.randomUUID().toString())
			.replace("\"" + template.payload() + "\"", "\"" + payload + "\"");
		update(connection, """
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				    completion_attempts, last_resubmission_date, owner_run)
				VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)""", UUID.randomUUID(), template.listenerId(), template.eventType(),
				event, Timestamp.from(Instant.now()), status, Timestamp.from(Instant.now()), run);
		return payload;
	}

	private static long received(Connection connection, String prefix) throws Exception {
		return count(connection, "SELECT COUNT(*) FROM probe_received WHERE payload LIKE ?", prefix + "%");
	}

	private static void await(Check check, Duration timeout, String what) throws Exception {
		var deadline = Instant.now().plus(timeout);
		while (!holds(check)) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Not within " + timeout + ": " + what);
			}
			Thread.sleep(200);
		}
	}

	/** False while the tables the condition reads are not there yet (the first hub is still migrating). */
	private static boolean holds(Check check) throws Exception {
		try {
			return check.holds();
		}
		catch (SQLException notYet) {
			return false;
		}
	}

	/** A condition read from the database or a log, which may throw. */
	private interface Check {
		boolean holds() throws Exception;
	}

	private static long count(Connection connection, String sql, Object... parameters) throws Exception {
		return single(connection, sql, parameters) instanceof Number number ? number.longValue() : 0;
	}

	@SuppressWarnings("unchecked")
	private static <T> T single(Connection connection, String sql, Object... parameters) throws Exception {
		try (var statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (var result = statement.executeQuery()) {
				result.next();
				return (T) result.getObject(1);
			}
		}
	}

	private static void update(Connection connection, String sql, Object... parameters) throws Exception {
		try (var statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		var all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}
}
