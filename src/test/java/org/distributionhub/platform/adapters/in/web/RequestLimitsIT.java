package org.distributionhub.platform.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limit drills over real HTTP (Tomcat, not MockMvc): a 14-digit quantity refused at each API family that takes one
 * with nothing stored; a body sent chunked past hub.api.max-body-size answered 413 before it is all read; headers
 * too long for the hub (an 8 KB Idempotency-Key) or for Tomcat (64 KB) answered in the problem shape; unknown
 * fields, keys given twice and numbers as text named by their path.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "hub.api.max-body-size=256KB")
class RequestLimitsIT {

	private static final String OPERATOR = "Basic " + Base64.getEncoder()
		.encodeToString("operator:operator-secret-for-tests".getBytes(StandardCharsets.UTF_8));

	private static final String FOURTEEN_DIGITS = "12345678901234";

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	private final String id = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aFourteenDigitQuantityIsRefusedAtEveryApiFamilyWithNothingStored() throws Exception {
		var order = post("/api/v1/orders", """
				{"channel": "web", "externalOrderId": "LIM-%s", "customer": "C1", "warehouse": "MAIN",
				 "lines": [{"lineNumber": 1, "sku": "SKU-LIM", "quantity": %s, "unit": "EA"}]}"""
			.formatted(id, FOURTEEN_DIGITS));
		assertNames(order, 400, "$.lines[0].quantity");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_order WHERE external_order_id = ?")
			.param("LIM-" + id).query(Long.class).single()).isZero();

		var purchaseOrder = post("/api/v1/purchase-orders", """
				{"poNumber": "PO-LIM-%s", "supplierId": "%s", "revision": 0, "orderDate": "2026-12-04", "shipTo": "MAIN",
				 "lines": [{"lineNumber": "1", "sku": "SKU-LIM", "quantity": %s, "unit": "EA",
				 "requestedDate": "2026-12-20"}]}"""
			.formatted(id, supplier(), FOURTEEN_DIGITS));
		assertNames(purchaseOrder, 400, "$.lines[0].quantity");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM purchase_order WHERE po_number = ?")
			.param("PO-LIM-" + id).query(Long.class).single()).isZero();

		var warehouse = post("/api/v1/warehouse/events", """
				{"eventId": "LIM-%s", "type": "STOCK_ADJUSTED", "warehouse": "MAIN",
				 "lines": [{"sku": "SKU-LIM", "quantity": %s}]}""".formatted(id, FOURTEEN_DIGITS));
		assertThat(warehouse.statusCode()).as(warehouse.body()).isEqualTo(400);
		assertThat(warehouse.body()).contains("quantity");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM warehouse_event WHERE event_id = ?")
			.param("LIM-" + id).query(Long.class).single()).isZero();
	}

	@Test
	void thirteenDigitsStillFitAnOrder() throws Exception {
		var order = post("/api/v1/orders", """
				{"channel": "web", "externalOrderId": "LIM13-%s", "customer": "C1", "warehouse": "MAIN",
				 "lines": [{"lineNumber": 1, "sku": "SKU-LIM", "quantity": 1234567890123.5, "unit": "EA"}]}"""
			.formatted(id));
		assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
	}

	@Test
	void unknownFieldsKeysGivenTwiceAndNumbersAsTextAreNamed() throws Exception {
		String line = "\"lines\": [{\"lineNumber\": 1, \"sku\": \"SKU-LIM\", \"quantity\": 1, \"unit\": \"EA\"}]";
		assertNames(post("/api/v1/orders", "{\"channel\": \"web\", \"externalOrderId\": \"U-" + id
				+ "\", \"customer\": \"C1\", \"warehouse\": \"MAIN\", \"priority\": \"high\", " + line + "}"), 400,
				"$.priority");
		assertNames(post("/api/v1/orders", "{\"channel\": \"web\", \"externalOrderId\": \"D-" + id
				+ "\", \"customer\": \"C1\", \"customer\": \"C2\", \"warehouse\": \"MAIN\", " + line + "}"), 400,
				"$.customer");
		assertNames(post("/api/v1/orders", "{\"channel\": 7, \"externalOrderId\": \"N-" + id
				+ "\", \"customer\": \"C1\", \"warehouse\": \"MAIN\", " + line + "}"), 400, "$.channel");
		assertNames(post("/api/v1/orders", "{\"channel\": \"web\", \"externalOrderId\": \"Z-" + id
				+ "\", \"customer\": \"C\\u0000\", \"warehouse\": \"MAIN\", " + line + "}"), 400, "$.customer");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_order WHERE external_order_id IN (?, ?, ?, ?)")
			.params("U-" + id, "D-" + id, "N-" + id, "Z-" + id).query(Long.class).single()).isZero();
	}

	@Test
	void aChunkedBodyPastTheLimitIsRefusedBeforeItIsAllRead() throws Exception {
		var sent = new AtomicLong();
		byte[] head = ("{\"channel\": \"web\", \"externalOrderId\": \"BIG-" + id
				+ "\", \"customer\": \"C1\", \"warehouse\": \"MAIN\", \"lines\": [").getBytes(StandardCharsets.UTF_8);
		byte[] line = "{\"lineNumber\": 1, \"sku\": \"SKU-LIM\", \"quantity\": 1, \"unit\": \"EA\"},"
			.getBytes(StandardCharsets.UTF_8);
		long total = 64L * 1024 * 1024;
		BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new Endless(head, line, total, sent));
		var response = http.send(request("/api/v1/orders").POST(chunked).build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertProblem(response);
		assertThat(sent.get()).isLessThan(total);
	}

	@Test
	void headersTooLongAreAnsweredAsProblems() throws Exception {
		String apiKey = keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier(), "tests", "test")).apiKey();
		var eightKb = http.send(HttpRequest.newBuilder(uri("/api/v1/suppliers/" + supplier + "/acknowledgements"))
			.header("X-Api-Key", apiKey)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", "k".repeat(8 * 1024))
			.POST(BodyPublishers.ofString("{}"))
			.build(), BodyHandlers.ofString());
		assertNames(eightKb, 400, "Idempotency-Key");

		var sixtyFourKb = http.send(request("/api/v1/orders").header("X-Padding", "p".repeat(64 * 1024))
			.POST(BodyPublishers.ofString("{}"))
			.build(), BodyHandlers.ofString());
		assertThat(sixtyFourKb.statusCode()).as(sixtyFourKb.body()).isEqualTo(400);
		assertProblem(sixtyFourKb);
	}

	private String supplier;

	private String supplier() {
		if (supplier == null) {
			supplier = "lim-" + id;
			suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
					new SupplierProfileData(supplier, "Limits " + supplier, List.of("API", "CSV", "X12", "EDIFACT"),
							"CSV", new SupplierProfileData.EdiIdentityData("ZZ", "LIM" + id, "LIM" + id), null,
							"48h", "CANCEL", Map.of(), true),
					"test", "set up for a test"));
		}
		return supplier;
	}

	private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return http.send(request(path).POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", OPERATOR)
			.header("Content-Type", "application/json");
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static void assertNames(HttpResponse<String> response, int status, String path) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode problem = assertProblem(response);
		assertThat(problem.path("errors").findValuesAsString("path")).as(response.body()).contains(path);
	}

	private static JsonNode assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).get().asString()
			.as(response.body()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("type").asString()).startsWith(ApiProblems.TYPE_BASE);
		assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
		assertThat(problem.path("detail").asString()).isNotBlank();
		return problem;
	}

	/** A JSON body that goes on for {@code total} bytes, counting what the server took. */
	private static final class Endless extends InputStream {

		private final ByteArrayInputStream head;
		private final byte[] line;
		private final long total;
		private final AtomicLong sent;
		private int at;

		Endless(byte[] head, byte[] line, long total, AtomicLong sent) {
			this.head = new ByteArrayInputStream(head);
			this.line = line;
			this.total = total;
			this.sent = sent;
		}

		@Override
		public int read() {
			if (sent.get() >= total) {
				return -1;
			}
			sent.incrementAndGet();
			int b = head.read();
			if (b >= 0) {
				return b;
			}
			b = line[at];
			at = (at + 1) % line.length;
			return b;
		}
	}
}
