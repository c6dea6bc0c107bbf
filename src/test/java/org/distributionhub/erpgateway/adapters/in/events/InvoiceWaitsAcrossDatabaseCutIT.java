package org.distributionhub.erpgateway.adapters.in.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.platform.H2ServerConnections;
import org.distributionhub.platform.ProxiedDatabase;
import org.distributionhub.platform.problems.ApiProblems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drill of an invoice that waits across a database cut. An order is dispatched, so its shipment and its invoice
 * are delivered to the ERP gateway at once; the database is cut (the hub's connections go through a
 * {@link org.distributionhub.platform.LoopbackTcpProxy}) while the shipment posting is being written, and stays cut
 * far longer than the attempts' worth of backoff (4 attempts, 200 ms to 2 s). To catch the shipment's delivery at that
 * moment every time, the test holds an uncommitted row with the shipment posting's keys on a connection of its own, so
 * the hub's insert waits for it inside the delivery's transaction, and cuts once the hub waits there; the cut breaks
 * that transaction as a real outage would. Once the database is back: the shipment posting is recorded and then the
 * invoice, in the ledger's sequence; the invoice waited for it using no attempts; nothing of the order is
 * dead-lettered or left undelivered. A request during the cut is answered with the 503 problem. The staleness limits
 * are the shipped ones (2 min): the shipment delivery the cut broke lost its FAILED mark and must be redelivered 30 s
 * after it ended, not 2 min after its publication.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=2000",
				"spring.datasource.hikari.validation-timeout=1000", "hub.erp.adapter=file",
				"hub.events.waiting.retry-interval=500ms", "hub.events.waiting.max-retry-interval=2s",
				// The shipment delivery the cut broke lost its FAILED mark: with the staleness limits as shipped it is
				// stale 30 s after it ended; the monitor looks more often than every 30 s to keep the drill short.
				"spring.modulith.events.staleness.check-intervall=2s" })
@DirtiesContext
class InvoiceWaitsAcrossDatabaseCutIT {

	private static final Duration CUT_FOR = Duration.ofSeconds(12);
	private static final Duration DONE_AFTER_RESTORE = Duration.ofSeconds(75);
	private static final int MAX_ATTEMPTS = 4;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Left to the end of the JVM, like the context that uses it (which is closed after this class's own clean-up). */
	private static ProxiedDatabase database;

	@DynamicPropertySource
	static void databaseThroughAProxy(DynamicPropertyRegistry registry) throws Exception {
		database = ProxiedDatabase.start("invoicecut", UUID.randomUUID().toString().substring(0, 8));
		if (!database.postgres()) {
			registry.add("spring.datasource.hikari.exception-override-class-name", H2ServerConnections.class::getName);
		}
		registry.add("spring.datasource.url", database.hub()::url);
		registry.add("spring.datasource.username", database.hub()::user);
		registry.add("spring.datasource.password", database.hub()::password);
	}

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String sku = "CUT-" + run;
	private final String shipment = "SHP-" + run;

	@Test
	void anInvoiceWaitsForItsShipmentPostingAcrossADatabaseCutAndIsPostedAfterIt() throws Exception {
		var direct = database.direct();
		try (Connection watch = DriverManager.getConnection(direct.url(), direct.user(), direct.password());
				Connection holder = DriverManager.getConnection(direct.url(), direct.user(), direct.password())) {
			assertThat(send("POST", "/api/v1/inventory/feeds?warehouse=MAIN&mode=DELTA", "text/csv",
					"sku,quantity\n" + sku + ",50\n").statusCode()).isEqualTo(200);
			String order = placeOrder();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(get("/api/v1/orders/" + order).path("lines").get(0).path("allocation")
					.asString()).isEqualTo("RESERVED"));
			assertThat(warehouse("P-" + run, "PICK_CONFIRMED", order, null).statusCode()).isEqualTo(202);

			holdTheShipmentPosting(holder, order);
			assertThat(warehouse("D-" + run, "SHIPMENT_DISPATCHED", order, shipment).statusCode()).isEqualTo(202);
			// The shipment's delivery waits inside its transaction; the invoice's has found no shipment posting.
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
				.until(() -> shipmentInsertWaits(watch) && waits(watch, order) >= 1);

			database.proxy().cut();
			Instant cut = Instant.now();
			holder.rollback();
			var duringCut = send("POST", "/api/v1/orders", "application/json", orderRequest("DURING-" + run));
			assertThat(Duration.between(cut, Instant.now())).as("answered during the cut")
				.isLessThan(Duration.ofSeconds(10));
			assertThat(duringCut.statusCode()).as(duringCut.body()).isEqualTo(503);
			assertThat(duringCut.headers().firstValue("Content-Type").orElse(""))
				.startsWith("application/problem+json");
			assertThat(duringCut.headers().firstValue("Retry-After")).isPresent();
			assertThat(JSON.readTree(duringCut.body()).path("type").asString())
				.isEqualTo(ApiProblems.TYPE_BASE + "database-unavailable");
			Thread.sleep(Math.max(0, Duration.between(Instant.now(), cut.plus(CUT_FOR)).toMillis()));
			assertThat(postings(watch, order)).as("nothing posted while the database was cut").isEmpty();
			database.proxy().restore();

			var mostWaits = new AtomicInteger();
			await().atMost(DONE_AFTER_RESTORE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
				mostWaits.accumulateAndGet(waits(watch, order), Math::max);
				assertThat(postings(watch, order)).containsExactly(
						tuple("SHIPMENT", 1L, "shipment:" + order + ":" + shipment),
						tuple("CUSTOMER_INVOICE", 2L, "invoice:" + order + ":" + invoiceReference(watch, order)));
				assertThat(unfinished(watch, order)).as("publications of the order not completed").isEmpty();
			});
			assertThat(deadLettered(watch, order)).as("dead letters of the order").isEmpty();

			var invoice = invoicePublication(watch, order);
			assertThat(mostWaits.get()).as("the invoice tried more often than a failure may")
				.isGreaterThan(MAX_ATTEMPTS);
			int failures = genuineFailures(watch, invoice);
			assertThat(completionAttempts(watch, invoice))
				.as("attempts the invoice used (%d genuine failures)", failures)
				.isLessThanOrEqualTo(1 + failures);
			assertThat(postedAt(watch, order, "CUSTOMER_INVOICE")).isAfter(postedAt(watch, order, "SHIPMENT"));
		}
	}

	/**
	 * An uncommitted row with the shipment posting's keys: the hub's insert of the posting waits for it (on H2 and on
	 * PostgreSQL) until it is rolled back; the invoice's delivery does not see it and waits for the shipment.
	 */
	private void holdTheShipmentPosting(Connection holder, String order) throws SQLException {
		holder.setAutoCommit(false);
		var now = Timestamp.from(Instant.now());
		try (var insert = holder.prepareStatement("""
				INSERT INTO erp_posting (id, posting_type, business_key, sequence_no, payload, idempotency_key,
				    recorded_at, version, status, attempts, next_attempt_at)
				VALUES (?, 'SHIPMENT', ?, 1, '{}', ?, ?, 0, 'PENDING', 0, ?)""")) {
			insert.setObject(1, UUID.randomUUID());
			insert.setString(2, "SO:" + order);
			insert.setString(3, "shipment:" + order + ":" + shipment);
			insert.setTimestamp(4, now);
			insert.setTimestamp(5, now);
			insert.executeUpdate();
		}
	}

	private boolean shipmentInsertWaits(Connection watch) throws SQLException {
		String sql = database.postgres() ? """
				SELECT COUNT(*) FROM pg_stat_activity
				 WHERE datname = current_database() AND wait_event_type = 'Lock'
				   AND query LIKE '%INSERT INTO erp_posting%'""" : """
				SELECT COUNT(*) FROM information_schema.sessions
				 WHERE session_id <> session_id() AND executing_statement LIKE '%INSERT INTO erp_posting%'""";
		return count(watch, sql) > 0;
	}

	private static List<Object> postings(Connection watch, String order) throws SQLException {
		var rows = new ArrayList<Object>();
		try (var query = watch.prepareStatement("SELECT posting_type, sequence_no, idempotency_key FROM erp_posting "
				+ "WHERE business_key = ? ORDER BY sequence_no")) {
			query.setString(1, "SO:" + order);
			try (var result = query.executeQuery()) {
				while (result.next()) {
					rows.add(tuple(result.getString(1), result.getLong(2), result.getString(3)));
				}
			}
		}
		return rows;
	}

	private static Instant postedAt(Connection watch, String order, String type) throws SQLException {
		try (var query = watch.prepareStatement(
				"SELECT recorded_at FROM erp_posting WHERE business_key = ? AND posting_type = ?")) {
			query.setString(1, "SO:" + order);
			query.setString(2, type);
			try (var result = query.executeQuery()) {
				assertThat(result.next()).isTrue();
				return result.getTimestamp(1).toInstant();
			}
		}
	}

	private static String invoiceReference(Connection watch, String order) throws SQLException {
		try (var query = watch.prepareStatement("""
				SELECT serialized_event FROM event_publication WHERE listener_id = ? AND serialized_event LIKE ?
				UNION ALL
				SELECT serialized_event FROM event_publication_archive
				 WHERE listener_id = ? AND serialized_event LIKE ?""")) {
			query.setString(1, ErpInvoiceListener.LISTENER_ID);
			query.setString(2, "%" + order + "%");
			query.setString(3, ErpInvoiceListener.LISTENER_ID);
			query.setString(4, "%" + order + "%");
			try (var result = query.executeQuery()) {
				assertThat(result.next()).as("the invoice's publication").isTrue();
				return JSON.readTree(result.getString(1)).path("invoiceReference").asString();
			}
		}
	}

	/** The invoice delivery's waits so far (0 when it is not waiting, or no longer). */
	private static int waits(Connection watch, String order) throws SQLException {
		try (var query = watch.prepareStatement("""
				SELECT COALESCE(MAX(w.waits), 0)
				  FROM delivery_waiting w JOIN event_publication p ON p.id = w.publication_id
				 WHERE p.listener_id = ? AND p.serialized_event LIKE ?""")) {
			query.setString(1, ErpInvoiceListener.LISTENER_ID);
			query.setString(2, "%" + order + "%");
			try (var result = query.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

	private static UUID invoicePublication(Connection watch, String order) throws SQLException {
		try (var query = watch.prepareStatement(
				"SELECT id FROM event_publication_archive WHERE listener_id = ? AND serialized_event LIKE ?")) {
			query.setString(1, ErpInvoiceListener.LISTENER_ID);
			query.setString(2, "%" + order + "%");
			try (var result = query.executeQuery()) {
				assertThat(result.next()).as("the invoice's completed publication").isTrue();
				return result.getObject(1, UUID.class);
			}
		}
	}

	private static int completionAttempts(Connection watch, UUID publication) throws SQLException {
		try (var query = watch.prepareStatement(
				"SELECT completion_attempts FROM event_publication_archive WHERE id = ?")) {
			query.setObject(1, publication);
			try (var result = query.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

	/** Attempts of the publication that failed for another reason than waiting (the cut, a stale mark). */
	private static int genuineFailures(Connection watch, UUID publication) throws SQLException {
		try (var query = watch.prepareStatement(
				"SELECT COUNT(*) FROM delivery_attempt WHERE publication_id = ? AND error_type <> 'Waiting'")) {
			query.setObject(1, publication);
			try (var result = query.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

	private static List<String> unfinished(Connection watch, String order) throws SQLException {
		return listeners(watch, "SELECT listener_id FROM event_publication WHERE serialized_event LIKE ?", order);
	}

	private static List<String> deadLettered(Connection watch, String order) throws SQLException {
		return listeners(watch, "SELECT listener_id FROM event_dead_letter WHERE serialized_event LIKE ?", order);
	}

	private static List<String> listeners(Connection watch, String sql, String order) throws SQLException {
		var listeners = new ArrayList<String>();
		try (var query = watch.prepareStatement(sql)) {
			query.setString(1, "%" + order + "%");
			try (var result = query.executeQuery()) {
				while (result.next()) {
					listeners.add(result.getString(1));
				}
			}
		}
		return listeners;
	}

	private static long count(Connection watch, String sql) throws SQLException {
		try (var query = watch.createStatement(); var result = query.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private String placeOrder() throws Exception {
		var response = send("POST", "/api/v1/orders", "application/json", orderRequest("C-" + run));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).path("orderId").asString();
	}

	private String orderRequest(String externalId) {
		return """
				{"channel": "web", "externalOrderId": "%s", "customer": "C-1", "warehouse": "MAIN",
				 "lines": [{"lineNumber": 1, "sku": "%s", "quantity": 10, "unit": "EA", "unitPrice": "9.90", "currency": "EUR"}]}"""
			.formatted(externalId, sku);
	}

	private HttpResponse<String> warehouse(String eventId, String type, String order, String shipmentId)
			throws Exception {
		return send("POST", "/api/v1/warehouse/events", "application/json", """
				{"eventId": "%s", "type": "%s", "warehouse": "MAIN", "orderId": "%s", %s
				 "lines": [{"lineNumber": 1, "sku": "%s", "quantity": 10, "unit": "EA"}]}"""
			.formatted(eventId, type, order, shipmentId == null ? "" : "\"shipmentId\": \"" + shipmentId + "\",", sku));
	}

	private JsonNode get(String path) throws Exception {
		var response = send("GET", path, "application/json", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("operator:operator-secret-for-tests".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", contentType)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}
}
