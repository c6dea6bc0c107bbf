package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.distributionhub.supplier.X12Builder;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A purchase order's timeline over real HTTP: the PO is issued through the staff API under a correlation id, goes out
 * as an X12 850, the supplier answers with a 997 and an 855 on the partner API without a correlation header, the ERP
 * gateway posts the acknowledgement; {@code GET /api/v1/timeline} then tells the story in order, with links, by PO
 * number and by correlation id (the supplier's answers joined the PO's flow), and a customer order's by its id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineIT {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String AUDITOR = basic("auditor:auditor-secret-for-tests");
	static final String OPERATOR = basic("operator:operator-secret-for-tests");

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);
	final String supplier = "tl-" + run;
	final String ediId = supplier.toUpperCase().replace("-", "");
	final String po = "PO-TL-" + run;
	final String flow = "flow-" + run;
	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aPurchaseOrdersTimelineShowsThe850TheSuppliersAnswersItsEventsAndItsPostingInOrder() throws Exception {
		String apiKey = anX12Supplier();
		var issued = send("POST", "/api/v1/purchase-orders", OPERATOR, "application/json", """
				{"supplierId": "%s", "poNumber": "%s", "revision": 0, "orderDate": "2026-12-01",
				 "shipTo": "MAIN", "currency": "EUR", "lines": [{"lineNumber": "1", "sku": "SKU-%s",
				 "quantity": 100, "unit": "EA", "unitPrice": 9.5, "requestedDate": "2026-12-20"}]}"""
			.formatted(supplier, po, run), Map.of("X-Correlation-Id", flow));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);

		String x850 = new String(jdbc.sql("SELECT content FROM partner_outbox WHERE supplier_id = ? AND kind = "
				+ "'PURCHASE_ORDER'").param(supplier).query(byte[].class).single(), StandardCharsets.UTF_8);
		Matcher group = Pattern.compile("GS\\*PO\\*[^*]*\\*[^*]*\\*[^*]*\\*[^*]*\\*(\\d+)\\*").matcher(x850);
		assertThat(group.find()).as(x850).isTrue();

		edi(apiKey, X12Builder.from(ediId).control(701).set("FA", "997").segment("AK1*PO*" + group.group(1))
			.segment("AK2*850*0001").segment("AK5*A").segment("AK9*A*1*1*1").build());
		edi(apiKey, X12Builder.from(ediId).control(702)
			.segment("BAK*00*AC*" + po + "*20261201*****20261201")
			.segment("PO1*1*100*EA***VP*VP-" + run)
			.segment("ACK*IQ*60*EA*068*20261224")
			.build());
		assertThat(jdbc.sql("SELECT correlation_id FROM inbound_message WHERE supplier_id = ?")
			.param(supplier).query(String.class).list())
			.as("the supplier's answers without a correlation header join the PO's flow")
			.containsExactly(flow, flow);
		edi(apiKey, Map.of("X-Correlation-Id", "asn-" + run), X12Builder.from(ediId).control(703).set("SH", "856")
			.segment("BSN*00*SHIP-" + run + "*20261205*1200*0001").segment("HL*1**S").segment("DTM*011*20261205")
			.segment("HL*2*1*O").segment("PRF*" + po).segment("HL*3*2*I").segment("LIN*1*VP*VP-" + run)
			.segment("SN1**30*EA").segment("CTT*3").build());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE supplier_id = ? AND correlation_id = ?")
			.params(supplier, "asn-" + run).query(Long.class).single())
			.as("a supplier's own correlation header is kept").isEqualTo(1);

		JsonNode timeline = await().atMost(Duration.ofSeconds(30))
			.until(() -> timeline(po), found -> kinds(found).contains("erp-posting"));
		assertThat(timeline.path("key").asString()).isEqualTo(po);
		assertThat(strings(timeline.path("recognisedAs"))).contains("purchase order");
		List<String> story = summaries(timeline);
		int the850 = indexOf(story, "Purchase order " + po + "/r0 as X12");
		int the997 = indexOf(story, "X12 from " + supplier + ": APPLIED, ");
		int the855 = indexOf(story, "X12 from " + supplier + ": APPLIED, ", the997 + 1);
		assertThat(indexOf(story, "X12 from " + supplier + ": APPLIED, ", the855 + 1)).as("the 856").isGreaterThan(the855);
		int issuedEvent = indexOf(story, "PurchaseOrderIssued to ");
		int acknowledged = indexOf(story, "PurchaseOrderAcknowledged to ");
		int posting = indexOf(story, "PO:" + po);
		assertThat(issuedEvent).isLessThan(the997);
		assertThat(the850).isLessThan(the997);
		assertThat(the997).isLessThan(the855);
		assertThat(the855).isLessThanOrEqualTo(acknowledged);
		assertThat(acknowledged).isLessThan(posting);
		assertInTimeOrderWithConsoleLinks(timeline);
		assertThat(entry(timeline, the855).path("link").asString()).startsWith("/console/partner-messages/");
		assertThat(entry(timeline, posting).path("link").asString()).startsWith("/console/erp?key=PO");
		assertThat(entry(timeline, acknowledged).path("correlationId").asString()).isEqualTo(flow);

		JsonNode byFlow = timeline(flow);
		assertThat(strings(byFlow.path("recognisedAs"))).containsExactly("correlation id");
		List<String> flowStory = summaries(byFlow);
		assertThat(indexOf(flowStory, "PurchaseOrderIssued to ")).isLessThan(indexOf(flowStory, "PurchaseOrderAcknowledged to "));
		assertThat(indexOf(flowStory, "X12 from " + supplier)).isGreaterThanOrEqualTo(0);
		assertThat(indexOf(flowStory, "PO:" + po)).isGreaterThan(indexOf(flowStory, "PurchaseOrderAcknowledged to "));
		assertInTimeOrderWithConsoleLinks(byFlow);
	}

	@Test
	void aCustomerOrdersTimelineShowsItsPlacingAndItsEventsAndAnUnknownKeyRecognisesNothing() throws Exception {
		var placed = send("POST", "/api/v1/orders", OPERATOR, "application/json", """
				{"channel": "web", "externalOrderId": "TL-%s", "customer": "C-1", "warehouse": "MAIN",
				 "lines": [{"lineNumber": 1, "sku": "SKU-TL-%s", "quantity": 3, "unit": "EA"}]}""".formatted(run, run),
				Map.of());
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		String orderId = JSON.readTree(placed.body()).path("orderId").asString();

		JsonNode timeline = await().atMost(Duration.ofSeconds(30))
			.until(() -> timeline(orderId), found -> kinds(found).contains("oms-notification"));
		assertThat(strings(timeline.path("recognisedAs"))).containsExactly("customer order");
		List<String> story = summaries(timeline);
		assertThat(indexOf(story, "Order " + orderId + " of C-1 placed")).isLessThan(indexOf(story, "AllocationRefused"));
		assertThat(indexOf(story, "OrderPlaced to ")).isLessThan(indexOf(story, "AllocationRefused"));
		assertThat(indexOf(story, "AllocationRefused")).isLessThan(indexOf(story, "OrderPromiseChanged told to the OMS"));
		assertInTimeOrderWithConsoleLinks(timeline);

		JsonNode bySku = timeline("SKU-TL-" + run);
		assertThat(strings(bySku.path("recognisedAs"))).containsExactly("SKU");
		assertThat(indexOf(summaries(bySku), "OrderPlaced to ")).isGreaterThanOrEqualTo(0);

		JsonNode unknown = timeline("NOTHING-" + run);
		assertThat(unknown.path("recognisedAs").isEmpty()).isTrue();
		assertThat(unknown.path("entries").isEmpty()).isTrue();

		var missing = send("GET", "/api/v1/timeline", AUDITOR, null, null, Map.of());
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(send("GET", "/api/v1/timeline?key=" + orderId, null, null, null, Map.of()).statusCode())
			.isEqualTo(401);
	}

	String anX12Supplier() {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Timeline supplier", List.of("X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h", "CANCEL", Map.of(),
						true),
				"test", "timeline"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-" + run, "SKU-" + run, null, "EA", "EA", "1"), "test"));
		return keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
	}

	void edi(String apiKey, String x12) throws Exception {
		edi(apiKey, Map.of(), x12);
	}

	void edi(String apiKey, Map<String, String> headers, String x12) throws Exception {
		var request = HttpRequest.newBuilder(uri("/api/v1/suppliers/" + supplier + "/edi"))
			.header("Content-Type", "application/edi-x12")
			.header("X-Api-Key", apiKey)
			.POST(HttpRequest.BodyPublishers.ofString(x12));
		headers.forEach(request::header);
		var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
		assertThat(answer.body()).contains("\"APPLIED\"");
	}

	JsonNode timeline(String key) throws Exception {
		var response = send("GET", "/api/v1/timeline?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8), AUDITOR,
				null, null, Map.of());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	static void assertInTimeOrderWithConsoleLinks(JsonNode timeline) {
		Instant previous = Instant.MIN;
		for (JsonNode entry : timeline.path("entries")) {
			Instant at = Instant.parse(entry.path("at").asString());
			assertThat(at).as(entry.toString()).isAfterOrEqualTo(previous);
			previous = at;
			assertThat(entry.path("link").asString()).as(entry.toString()).startsWith("/console/");
			assertThat(entry.path("source").asString()).isNotBlank();
		}
	}

	static List<String> kinds(JsonNode timeline) {
		var kinds = new ArrayList<String>();
		timeline.path("entries").forEach(entry -> kinds.add(entry.path("kind").asString()));
		return kinds;
	}

	static List<String> summaries(JsonNode timeline) {
		var summaries = new ArrayList<String>();
		timeline.path("entries").forEach(entry -> summaries.add(entry.path("summary").asString()));
		return summaries;
	}

	static List<String> strings(JsonNode array) {
		var strings = new ArrayList<String>();
		array.forEach(item -> strings.add(item.asString()));
		return strings;
	}

	static JsonNode entry(JsonNode timeline, int index) {
		return timeline.path("entries").get(index);
	}

	static int indexOf(List<String> summaries, String part) {
		return indexOf(summaries, part, 0);
	}

	static int indexOf(List<String> summaries, String part, int from) {
		for (int i = from; i < summaries.size(); i++) {
			if (summaries.get(i).contains(part)) {
				return i;
			}
		}
		throw new AssertionError("No entry with '" + part + "' from " + from + " in " + summaries);
	}

	HttpResponse<String> send(String method, String path, String authorization, String contentType, String body,
			Map<String, String> headers) throws Exception {
		var request = HttpRequest.newBuilder(uri(path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}
}
