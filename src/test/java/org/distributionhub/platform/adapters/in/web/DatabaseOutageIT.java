package org.distributionhub.platform.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.platform.H2ServerConnections;
import org.distributionhub.platform.LoopbackTcpProxy;
import org.distributionhub.platform.TestDatabase;
import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database drill: the hub's connections go through a loopback proxy (to an H2 server, or to a PostgreSQL
 * database of the test's own), the proxy cuts them, and every API family (orders, warehouse events, partner
 * acknowledgements, purchase order intake, a staff read, an admin read) answers the same 503 problem with Retry-After
 * within a few seconds, a console page the console's 503 page; restored, the same requests are answered as usual.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=2000",
				"spring.datasource.hikari.validation-timeout=1000" })
@DirtiesContext
class DatabaseOutageIT {

	private static final String OPERATOR = basic("operator", "operator-secret-for-tests");

	private static final String ADMIN = basic("admin", "admin-secret-for-tests");

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

	private static LoopbackTcpProxy proxy;

	@DynamicPropertySource
	static void databaseThroughAProxy(DynamicPropertyRegistry registry) throws Exception {
		var database = TestDatabase.forProcesses("outage");
		String url;
		if (database.url().startsWith("jdbc:postgresql:")) {
			URI server = URI.create(database.url().substring("jdbc:".length()));
			proxy = LoopbackTcpProxy.to("127.0.0.1", server.getPort() < 0 ? 5432 : server.getPort());
			url = proxy.throughProxy(database.url());
		}
		else {
			// The server keeps the database open while every connection to it is cut, as a database server does.
			int port = freePort();
			Server.createTcpServer("-tcpPort", String.valueOf(port), "-tcpDaemon", "-ifNotExists", "-baseDir",
					Path.of("target", "h2-tcp").toAbsolutePath().toString()).start();
			proxy = LoopbackTcpProxy.to("127.0.0.1", port);
			registry.add("spring.datasource.hikari.exception-override-class-name", H2ServerConnections.class::getName);
			url = proxy.throughProxy("jdbc:h2:tcp://127.0.0.1:" + port + "/./outage-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
	}

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void everyApiAnswersACutDatabaseWithTheSame503AndWorksAgainOnceItIsBack() throws Exception {
		String supplier = "outage-" + run;
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Outage " + supplier, List.of("API", "CSV"), "CSV", null, null,
						"48h", "CANCEL", Map.of(), true),
				"test", "set up for a test"));
		String apiKey = keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
		var apis = apis(supplier, apiKey);

		proxy.cut();
		try {
			for (var api : apis.entrySet()) {
				long start = System.nanoTime();
				var answer = http.send(api.getValue(), HttpResponse.BodyHandlers.ofString());
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				assertThat(took).as(api.getKey() + " answers in time").isLessThan(ANSWER_WITHIN);
				assertThat(answer.statusCode()).as(api.getKey() + ": " + answer.body()).isEqualTo(503);
				assertThat(answer.headers().firstValue("Retry-After")).as(api.getKey()).isPresent();
				String type = answer.headers().firstValue("Content-Type").orElse("");
				if (api.getKey().startsWith("console")) {
					assertThat(type).as(api.getKey()).startsWith("text/html");
					assertThat(answer.body()).as(api.getKey()).contains("503").doesNotContain("Exception");
				}
				else {
					assertThat(type).as(api.getKey()).startsWith("application/problem+json");
					JsonNode problem = JsonMapper.shared().readTree(answer.body());
					assertThat(problem.path("type").asString()).as(api.getKey())
						.isEqualTo(ApiProblems.TYPE_BASE + "database-unavailable");
					assertThat(problem.path("status").asInt()).as(api.getKey()).isEqualTo(503);
					assertThat(problem.path("detail").asString()).as(api.getKey()).contains("send it again after");
					assertThat(problem.path("instance").asString()).as(api.getKey()).isEqualTo(api.getValue().uri().getPath());
				}
			}
		}
		finally {
			proxy.restore();
		}

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			for (var api : apis.entrySet()) {
				var answer = http.send(api.getValue(), HttpResponse.BodyHandlers.ofString());
				assertThat(answer.statusCode()).as(api.getKey() + ": " + answer.body()).isLessThan(500);
			}
		});
		for (var api : List.of("order", "staff read", "admin read", "console page")) {
			assertThat(http.send(apis.get(api), HttpResponse.BodyHandlers.ofString()).statusCode()).as(api)
				.isBetween(200, 299);
		}
	}

	/** One request of every API family, each as a client would send it again unchanged. */
	private Map<String, HttpRequest> apis(String supplier, String apiKey) {
		var apis = new LinkedHashMap<String, HttpRequest>();
		apis.put("order", json("/api/v1/orders", OPERATOR, """
				{"channel":"web","externalOrderId":"OUT-%s","customer":"C-42","warehouse":"MAIN","lines":[
				  {"lineNumber":1,"sku":"SKU-1","quantity":2,"unit":"EA"}]}""".formatted(run)));
		apis.put("warehouse event", json("/api/v1/warehouse/events", OPERATOR, """
				{"eventId":"OUT-%s","type":"STOCK_ADJUSTED","warehouse":"MAIN","reason":"count",
				 "lines":[{"sku":"OUT-%s","quantity":-3}]}""".formatted(run, run)));
		apis.put("partner acknowledgement", HttpRequest
			.newBuilder(uri("/api/v1/suppliers/" + supplier + "/acknowledgements"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("X-Api-Key", apiKey)
			.header("Idempotency-Key", "outage-" + run)
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"purchaseOrderNumber":"PO-OUT-%s","acknowledgedAt":"2026-12-01T10:00:00Z","items":[]}"""
				.formatted(run)))
			.build());
		apis.put("purchase order", json("/api/v1/purchase-orders", OPERATOR, """
				{"supplierId": "%s", "poNumber": "PO-OUT-%s", "revision": 1, "orderDate": "2026-12-01",
				 "shipTo": "MAIN", "currency": "EUR", "lines": [{"lineNumber": "1", "sku": "SKU-1",
				 "quantity": 10, "unit": "EA", "unitPrice": 2.5, "requestedDate": "2026-12-20"}]}"""
			.formatted(supplier, run)));
		apis.put("staff read", get("/api/v1/orders/web:OUT-" + run, OPERATOR, "application/json"));
		apis.put("admin read", get("/api/v1/admin/suppliers", ADMIN, "application/json"));
		apis.put("console page", get("/console/deliveries", ADMIN, "text/html"));
		return apis;
	}

	private HttpRequest json(String path, String credentials, String body) {
		return HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", credentials)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest get(String path, String credentials, String accept) {
		return HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", accept)
			.header("Authorization", credentials)
			.GET()
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
