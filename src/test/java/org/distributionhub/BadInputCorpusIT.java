package org.distributionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests against every API that takes a body (issue #16): control characters in text, bodies just over
 * the size limit, JSON nested deeper than any reader allows, wrong types, boundary numbers, unknown fields, mixed
 * encodings. Whatever comes back is never a 5xx; a refusal is the one problem shape (ADR 0012) and stores nothing.
 * A NUL in a text field is a 400 naming that field, on H2 and PostgreSQL alike.
 */
@SpringBootTest(properties = { "hub.api.max-body-size=64KB", "hub.supplier.max-message-size=64KB",
		"hub.inventory.max-feed-size=64KB" })
@AutoConfigureMockMvc
class BadInputCorpusIT {

	private static final int LIMIT = 64 * 1024;

	private static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-secret-for-tests");

	private static final RequestPostProcessor OPERATOR = httpBasic("operator", "operator-secret-for-tests");

	/** Tables a refused request must leave as they were (a partner's raw message is kept by design). */
	private static final List<String> TABLES = List.of("customer_order", "order_promise_change", "warehouse_event",
			"inventory_feed_run", "stock_position", "purchase_order", "purchase_order_line", "ship_notice",
			"mapping_exception", "supplier_profile", "supplier_item", "supplier_api_key", "event_publication");

	private static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u001B",
			"\u001F");

	private static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	private final String supplier = "bi-" + UUID.randomUUID().toString().substring(0, 8);

	/** An API with a body; {@code template} has {@code %s} where a text value goes, at {@code textPath}. */
	record Api(String name, HttpMethod method, String path, RequestPostProcessor caller, MediaType type,
			String template, @Nullable String textPath) {

		String with(String text) {
			return template.formatted(text);
		}
	}

	/** One hostile request and, for a control character in a JSON text field, the path the answer must name. */
	record Case(String name, Api api, byte[] body, @Nullable MediaType type, @Nullable String mustName,
			boolean tooLarge) {
	}

	@TestFactory
	Stream<DynamicTest> noBadInputGetsA5xxOrIsStored() {
		String apiKey = aSupplierWithAKey();
		RequestPostProcessor partner = request -> {
			request.addHeader("X-Api-Key", apiKey);
			return request;
		};
		String order = "web:BI-" + supplier;
		var apis = List.of(
				new Api("partner acknowledgement JSON", HttpMethod.POST,
						"/api/v1/suppliers/" + supplier + "/acknowledgements", partner, MediaType.APPLICATION_JSON,
						"{\"acknowledgementId\": \"%s\", \"purchaseOrderNumber\": \"PO-1\", \"acknowledgedAt\": "
								+ "\"2026-12-04T09:30:00Z\", \"items\": [{\"lineNumber\": \"1\", "
								+ "\"status\": \"accepted\", \"quantity\": 1}]}",
						"$.acknowledgementId"),
				new Api("partner acknowledgement CSV", HttpMethod.POST,
						"/api/v1/suppliers/" + supplier + "/acknowledgements", partner, MediaType.valueOf("text/csv"),
						"po_number,line_number,status,quantity\nPO-%s,1,accepted,1\n", null),
				new Api("partner X12", HttpMethod.POST, "/api/v1/suppliers/" + supplier + "/edi", partner,
						MediaType.valueOf("application/edi-x12"),
						"ISA*00*          *00*          *ZZ*" + "%-15s".formatted(edi())
								+ "*ZZ*DISTHUB        *261204*0930*U*00401*000000001*0*T*>~GS*PR*" + edi()
								+ "*DISTHUB*20261204*0930*1*X*004010~ST*855*0001~"
								+ "BAK*00*AC*PO-%s*20261204~SE*3*0001~GE*1*1~IEA*1*000000001~",
						null),
				new Api("partner EDIFACT", HttpMethod.POST, "/api/v1/suppliers/" + supplier + "/edi", partner,
						MediaType.valueOf("application/edifact"),
						"UNB+UNOC:3+" + edi() + ":ZZ+DISTHUB:ZZZ+261204:0930+1'UNH+1+ORDRSP:D:96A:UN'BGM+231+%s+29'"
								+ "UNT+3+1'UNZ+1+1'",
						null),
				new Api("purchase orders", HttpMethod.POST, "/api/v1/purchase-orders", OPERATOR,
						MediaType.APPLICATION_JSON, "{\"poNumber\": \"%s\", \"supplierId\": \"" + supplier
								+ "\", \"revision\": 0, \"orderDate\": \"2026-12-04\", \"lines\": []}",
						"$.poNumber"),
				new Api("place an order", HttpMethod.POST, "/api/v1/orders", OPERATOR, MediaType.APPLICATION_JSON,
						"{\"customer\": \"%s\", \"channel\": \"web\", \"externalOrderId\": \"BI-" + supplier
								+ "\", \"warehouse\": \"MAIN\", \"lines\": [{\"lineNumber\": 1, \"sku\": \"SKU-BI\", "
								+ "\"quantity\": 1}]}",
						"$.customer"),
				new Api("change an order", HttpMethod.PUT, "/api/v1/orders/" + order, OPERATOR,
						MediaType.APPLICATION_JSON, "{\"customer\": \"%s\", \"lines\": [{\"lineNumber\": 1, "
								+ "\"sku\": \"SKU-BI\", \"quantity\": 2}]}",
						"$.customer"),
				new Api("cancel an order", HttpMethod.POST, "/api/v1/orders/" + order + "/cancellation", OPERATOR,
						MediaType.APPLICATION_JSON, "{\"reason\": \"%s\"}", "$.reason"),
				new Api("warehouse events", HttpMethod.POST, "/api/v1/warehouse/events", OPERATOR,
						MediaType.APPLICATION_JSON, "{\"eventId\": \"%s\", \"type\": \"STOCK_ADJUSTED\", "
								+ "\"warehouse\": \"MAIN\", \"lines\": [{\"sku\": \"SKU-BI\", \"quantity\": 1}]}",
						"$.eventId"),
				new Api("inventory feeds JSON", HttpMethod.POST, "/api/v1/inventory/feeds", OPERATOR,
						MediaType.APPLICATION_JSON, "{\"warehouse\": \"%s\", \"mode\": \"DELTA\", \"items\": "
								+ "[{\"sku\": \"SKU-BI\", \"quantity\": 1}]}",
						"$.warehouse"),
				new Api("inventory feeds CSV", HttpMethod.POST, "/api/v1/inventory/feeds?warehouse=MAIN&mode=DELTA",
						OPERATOR, MediaType.valueOf("text/csv"), "sku,quantity\nSKU-%s,1\n", null),
				new Api("admin suppliers", HttpMethod.PUT, "/api/v1/admin/suppliers/" + supplier + "-new", ADMIN,
						MediaType.APPLICATION_JSON, "{\"name\": \"%s\", \"channels\": [\"API\"]}", "$.name"),
				new Api("admin items", HttpMethod.PUT, "/api/v1/admin/suppliers/" + supplier + "/items/VP-1", ADMIN,
						MediaType.APPLICATION_JSON, "{\"sku\": \"%s\"}", "$.sku"),
				new Api("admin items CSV", HttpMethod.POST, "/api/v1/admin/suppliers/" + supplier + "/items", ADMIN,
						MediaType.valueOf("text/csv"), "supplier_part,sku\nVP-%s,SKU-BI\n", null),
				new Api("admin API keys", HttpMethod.POST, "/api/v1/admin/suppliers/" + supplier + "/api-keys", ADMIN,
						MediaType.APPLICATION_JSON, "{\"label\": \"%s\"}", "$.label"));
		return apis.stream().flatMap(api -> cases(api).stream())
			.map(c -> DynamicTest.dynamicTest(c.api().name() + ": " + c.name(), () -> answersWithoutHarm(c)));
	}

	private static List<Case> cases(Api api) {
		boolean json = api.type().equals(MediaType.APPLICATION_JSON);
		var cases = new ArrayList<Case>();
		for (String control : CONTROLS) {
			String name = String.format("U+%04X in a text value", (int) control.charAt(0));
			String text = json ? "A" + JSON.writeValueAsString(control).replace("\"", "") + "B" : "A" + control + "B";
			cases.add(new Case(name, api, utf8(api.with(text)), null, json ? api.textPath() : null, false));
		}
		cases.add(new Case("a raw NUL byte in the body", api, utf8(api.with("A\u0000B")), null, null, false));
		cases.add(new Case("a body just over the limit", api, utf8(api.with("X".repeat(LIMIT))), null, null, true));
		cases.add(new Case("200,000 empty lines", api, utf8("\n".repeat(200_000) + api.with("A")), null, null,
				false));
		cases.add(new Case("nested 100,000 deep", api, utf8("[".repeat(100_000) + "]".repeat(100_000)), null, null,
				false));
		cases.add(new Case("nested 2,000 deep in a field", api,
				utf8(api.with("A").replaceFirst("\\{", "{\"deep\": " + "[".repeat(2000) + "]".repeat(2000) + ", ")),
				null, null, false));
		cases.add(new Case("Latin-1 bytes in a UTF-8 body", api, latin1(api.with("Müller")), null, null, false));
		cases.add(new Case("UTF-16 with a byte-order mark", api,
				("\uFEFF" + api.with("A")).getBytes(StandardCharsets.UTF_16BE), null, null, false));
		cases.add(new Case("SQL-like and unicode text", api,
				utf8(api.with("x' OR '1'='1'; DROP TABLE customer_order; -- 日本 🚚 \u202E")), null, null, false));
		cases.add(new Case("an empty body", api, new byte[0], null, null, false));
		if (json) {
			for (String body : List.of("[]", "42", "\"text\"", "null", "true", "{\"a\": 1, \"a\": 2}")) {
				cases.add(new Case("the body " + body, api, utf8(body), null, null, false));
			}
			cases.add(new Case("an unknown field", api, utf8(api.with("A").replaceFirst("\\{", "{\"zz\u00e9\": 1, ")),
					null, null, false));
			cases.add(new Case("a NUL in a field name", api,
					utf8(api.with("A").replaceFirst("\\{", "{\"a\\u0000b\": 1, ")), null, null, false));
			for (String number : List.of("1e400", "-1e400", "9223372036854775808", "-0", "1e-400", "0.0000000001",
					"99999999999999999999999999999999999999", "NaN", "\"1\"", "[1]", "{}")) {
				cases.add(new Case("the number " + number + " for every number", api,
						utf8(api.with("A").replaceAll(":\\s*\\d+", ": " + number)), null, null, false));
				cases.add(new Case("the value " + number + " for the text", api,
						utf8(api.with("A").replace("\"A\"", number)), null, null, false));
			}
		}
		else {
			cases.add(new Case("sent as JSON", api, utf8(api.with("A")), MediaType.APPLICATION_JSON, null, false));
		}
		return cases;
	}

	private void answersWithoutHarm(Case c) throws Exception {
		Map<String, Long> before = counts();
		var request = MockMvcRequestBuilders.request(c.api().method(), c.api().path())
			.with(c.api().caller())
			.contentType(c.type() == null ? c.api().type() : c.type())
			.content(c.body());
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(status).as("status of %s", body).isLessThan(500);
		if (c.tooLarge()) {
			assertThat(status).as(body).isEqualTo(413);
		}
		if (c.mustName() != null) {
			assertThat(status).as(body).isEqualTo(400);
		}
		if (status < 400) {
			return;
		}
		assertThat(response.getContentType()).as(body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.path("type").asString()).startsWith(ApiProblems.TYPE_BASE);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("detail").asString()).isNotBlank();
		if (c.mustName() != null) {
			var paths = new ArrayList<String>();
			problem.path("errors").forEach(error -> paths.add(error.path("path").asString()));
			assertThat(paths).as(body).contains(c.mustName());
		}
		if (status != 409 && status != 404) {
			assertThat(counts()).as("rows after %s", body).isEqualTo(before);
		}
	}

	private Map<String, Long> counts() {
		var counts = new LinkedHashMap<String, Long>();
		TABLES.forEach(table -> counts.put(table,
				jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()));
		return counts;
	}

	private String edi() {
		return supplier.toUpperCase(Locale.ROOT);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] latin1(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private String aSupplierWithAKey() {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Bad input " + supplier, List.of("API", "CSV", "X12", "EDIFACT"),
						"CSV", new SupplierProfileData.EdiIdentityData("ZZ", edi(), edi()), null, "48h", "CANCEL",
						Map.of(), true),
				"test", "set up for a test"));
		return keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
	}
}
