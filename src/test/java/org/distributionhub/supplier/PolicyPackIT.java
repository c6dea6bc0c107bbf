package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Policy packs over real HTTP: packs and suppliers' policies through the admin API, and each limit enforced at the
 * partner API (429 with Retry-After, 413, 403 for a channel or an address, 401 for an expired key), the default
 * pack given to a new supplier, a single setting overridden per supplier, and the pack's acknowledgement due time
 * on a purchase order when the profile gives none.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PolicyPackIT {

	private static final String ADMIN = "Basic "
			+ Base64.getEncoder().encodeToString("admin:admin-secret-for-tests".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final JsonMapper json = JsonMapper.shared();
	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String supplier = "policy-" + run;
	private String key;

	@BeforeEach
	void aSupplierSendingJsonAndCsvWithAKey() throws Exception {
		assertThat(admin("PUT", "/api/v1/admin/suppliers/" + supplier, """
				{"name": "Policy Supply", "purchaseOrderChannel": "CSV", "inboundChannels": ["API", "CSV"]}""")
			.statusCode()).isEqualTo(201);
		key = issueKey("{}").path("apiKey").asString();
	}

	@Test
	void overTheRateLimitOfItsPackASupplierGets429WithRetryAfter() throws Exception {
		pack("slow-" + run, "{\"rateLimit\": 1}");
		assign("slow-" + run, "{}");

		var answers = new ArrayList<HttpResponse<String>>();
		for (int i = 0; i < 4; i++) {
			answers.add(partner("GET", "/messages/" + UUID.randomUUID(), null, null));
		}

		assertThat(answers).extracting(HttpResponse::statusCode).contains(404, 429);
		var throttled = answers.stream().filter(it -> it.statusCode() == 429).findFirst().orElseThrow();
		assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
		assertProblem(throttled, "Too many requests", "over its request quota of 1 per second");
	}

	@Test
	void aMessageOverTheMaximumSizeOverriddenForTheSupplierIs413() throws Exception {
		assign(null, "{\"maxMessageSize\": \"1KB\"}");

		var answer = partner("POST", "/acknowledgements", "application/json",
				"{\"poNumber\": \"" + "X".repeat(2000) + "\"}");

		assertThat(answer.statusCode()).isEqualTo(413);
		assertProblem(answer, "Message too large", "larger than the limit of 1024 bytes");
	}

	@Test
	void aChannelThePackDoesNotAllowIs403NamingTheChannel() throws Exception {
		pack("csv-only-" + run, "{\"allowedChannels\": [\"CSV\"]}");
		assign("csv-only-" + run, "{}");

		var answer = partner("POST", "/acknowledgements", "application/json", "{}");

		assertThat(answer.statusCode()).isEqualTo(403);
		assertProblem(answer, "Channel not allowed", "Channel API is not allowed for supplier " + supplier);
	}

	@Test
	void anAddressOutsideTheAllowListIs403AndLoopbackIsAdmittedWhenListed() throws Exception {
		assign(null, "{\"addressAllowList\": [\"10.9.8.0/24\"]}");
		var refused = partner("GET", "/whoami", null, null);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertProblem(refused, "Address not allowed", "Address 127.0.0.1 is not on the address allow-list");

		assign(null, "{\"addressAllowList\": [\"10.9.8.0/24\", \"127.0.0.1\"]}");
		var admitted = partner("GET", "/whoami", null, null);
		assertThat(admitted.statusCode()).isEqualTo(200);
		assertThat(json.readTree(admitted.body()).path("supplierId").asString()).isEqualTo(supplier);
	}

	@Test
	void anExpiredKeyIsRefusedWith401SayingWhenAndShowsAsExpired() throws Exception {
		String keyId = key.substring(3, 19);
		assertThat(partner("GET", "/whoami", null, null).statusCode()).isEqualTo(200);

		var expired = admin("POST", "/api/v1/admin/suppliers/" + supplier + "/api-keys/" + keyId + "/expire", null);
		assertThat(expired.statusCode()).isEqualTo(200);
		assertThat(json.readTree(expired.body()).path("status").asString()).isEqualTo("EXPIRED");

		var refused = partner("GET", "/whoami", null, null);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertProblem(refused, "Unauthorized", "This API key expired on " + Instant.now().toString().substring(0, 10));
	}

	@Test
	void aKeyGetsItsExpiryFromThePacksKeyLifetimeOrTheOneAskedFor() throws Exception {
		pack("short-keys-" + run, "{\"keyLifetime\": \"30d\"}");
		assign("short-keys-" + run, "{}");

		var fromPolicy = Instant.parse(issueKey("{\"label\": \"lifetime\"}").path("expiresAt").asString());
		var asked = issueKey("{\"label\": \"asked\", \"expiresAt\": \"2030-01-01T00:00:00Z\"}");

		assertThat(fromPolicy).isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));
		assertThat(asked.path("expiresAt").asString()).isEqualTo("2030-01-01T00:00:00Z");
	}

	@Test
	void aNewSupplierGetsTheDefaultPackWhoseDueTimeAppliesToItsPurchaseOrders() throws Exception {
		String fresh = "fresh-" + run;
		pack("onboarding-" + run, "{\"isDefault\": true, \"acknowledgementDue\": \"12h\"}");
		try {
			admin("PUT", "/api/v1/admin/suppliers/" + fresh, """
					{"name": "Fresh Supply", "purchaseOrderChannel": "CSV"}""");
		}
		finally {
			pack("standard", "{\"isDefault\": true}");
		}

		JsonNode policy = json.readTree(admin("GET", "/api/v1/admin/suppliers/" + fresh, null).body()).path("policy");
		assertThat(policy.path("pack").asString()).isEqualTo("onboarding-" + run);
		assertThat(setting(policy, "acknowledgementDue")).isEqualTo("12h from pack onboarding-" + run);

		var issued = admin("POST", "/api/v1/purchase-orders", """
				{"supplierId": "%s", "poNumber": "PO-%s", "revision": 1, "orderDate": "2026-12-01", "shipTo": "MAIN",
				 "lines": [{"lineNumber": "1", "sku": "SKU-1", "quantity": 1, "unit": "EA",
				 "requestedDate": "2026-12-20"}]}""".formatted(fresh, run));
		assertThat(issued.statusCode()).as(issued.body()).isBetween(200, 201);
		Instant due = jdbc.sql("SELECT ack_due_at FROM purchase_order WHERE supplier_id = ?").param(fresh)
			.query(Timestamp.class).single().toInstant();
		assertThat(due).isCloseTo(Instant.now().plus(Duration.ofHours(12)), within(1, ChronoUnit.MINUTES));
	}

	@Test
	void aSingleSettingOverriddenForTheSupplierSaysSoBesideThePacksOthers() throws Exception {
		pack("tight-" + run, "{\"rateLimit\": 50, \"maxMessageSize\": \"2MB\", \"keyLifetime\": \"90d\"}");

		var answer = assign("tight-" + run, "{\"rateLimit\": 7}");

		JsonNode policy = json.readTree(answer.body());
		assertThat(setting(policy, "rateLimit")).isEqualTo("7 requests per second from supplier override");
		assertThat(setting(policy, "maxMessageSize")).isEqualTo("2MB from pack tight-" + run);
		assertThat(setting(policy, "keyLifetime")).isEqualTo("90d from pack tight-" + run);
		assertThat(setting(policy, "allowedChannels")).isEqualTo("any channel from hub default");
		assertThat(setting(policy, "acknowledgementDue")).isEqualTo("48h from hub default");
		JsonNode shown = json.readTree(admin("GET", "/api/v1/admin/suppliers/" + supplier, null).body());
		assertThat(shown.path("name").asString()).isEqualTo("Policy Supply");
		assertThat(shown.path("policy").path("overrides").path("rateLimit").asInt()).isEqualTo(7);
	}

	@Test
	void aBadValueIsRefusedNamingItsField() throws Exception {
		var answer = admin("PUT", "/api/v1/admin/policy-packs/bad-" + run,
				"{\"rateLimit\": 0, \"addressAllowList\": [\"10.0.0.0/33\"], \"allowedChannels\": [\"FAX\"]}");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(json.readTree(answer.body()).path("errors").findValuesAsString("path")).containsExactly(
				"$.rateLimit", "$.allowedChannels[0]", "$.addressAllowList[0]");
	}

	private static String setting(JsonNode policy, String name) {
		for (JsonNode setting : policy.path("settings")) {
			if (setting.path("name").asString().equals(name)) {
				return setting.path("value").asString() + " from " + setting.path("source").asString();
			}
		}
		throw new AssertionError("No setting " + name + " in " + policy);
	}

	private void pack(String name, String body) throws Exception {
		var answer = admin("PUT", "/api/v1/admin/policy-packs/" + name, body);
		assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
	}

	private HttpResponse<String> assign(String pack, String overrides) throws Exception {
		var answer = admin("PUT", "/api/v1/admin/suppliers/" + supplier + "/policy",
				"{\"pack\": " + (pack == null ? "null" : "\"" + pack + "\"") + ", \"overrides\": " + overrides + "}");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer;
	}

	private JsonNode issueKey(String body) throws Exception {
		var answer = admin("POST", "/api/v1/admin/suppliers/" + supplier + "/api-keys", body);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return json.readTree(answer.body());
	}

	private void assertProblem(HttpResponse<String> answer, String title, String detail) {
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.path("title").asString()).isEqualTo(title);
		assertThat(problem.path("detail").asString()).contains(detail);
	}

	private HttpResponse<String> admin(String method, String path, String body) throws Exception {
		var request = HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> partner(String method, String path, String contentType, String body)
			throws Exception {
		var request = HttpRequest.newBuilder(uri("/api/v1/suppliers/" + supplier + path)).header("X-Api-Key", key);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
