package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.console.ports.in.SampleBacklog;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations chart data over real HTTP after real traffic: purchase orders go out as X12 850s, a supplier
 * acknowledges one on time as ordered and one late with a quantity cut through the partner API, and sends one
 * acknowledgement for a purchase order the hub does not know, which is parked. The throughput, backlog and scorecard
 * endpoints then answer what a person would count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsApiIT {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	SampleBacklog backlog;

	final String supplier = "ops-" + UUID.randomUUID().toString().substring(0, 8);
	final String ediId = supplier.toUpperCase().replace("-", "");

	@Test
	void throughputBacklogAndScorecardAnswerWhatTheTrafficWas() throws Exception {
		JsonNode before = staffGet("/api/v1/operations/throughput?range=7d");
		String apiKey = aSupplierWhoHasAnHourToAcknowledge();
		Instant issued = Instant.now();
		issue("PO-A");
		issue("PO-B");
		issue("PO-C");

		assertThat(acknowledge("PO-A", issued.plus(30, ChronoUnit.MINUTES), 10, apiKey).statusCode()).isEqualTo(202);
		assertThat(acknowledge("PO-B", issued.plus(2, ChronoUnit.HOURS), 6, apiKey).statusCode()).isEqualTo(202);
		assertThat(acknowledge("PO-UNKNOWN", issued, 10, apiKey).statusCode()).isEqualTo(202);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode after = staffGet("/api/v1/operations/throughput?range=7d");
			assertThat(sum(after, "messagesIn") - sum(before, "messagesIn")).isEqualTo(3);
			assertThat(sum(after, "messagesOut") - sum(before, "messagesOut")).isEqualTo(3);
			assertThat(sum(after, "publications") - sum(before, "publications")).isGreaterThanOrEqualTo(5);
			assertThat(sum(after, "erpPostings") - sum(before, "erpPostings")).isGreaterThanOrEqualTo(1);
		});
		JsonNode day = staffGet("/api/v1/operations/throughput");
		assertThat(day.get("hours")).hasSize(24);
		assertThat(Instant.parse(day.get("to").asString())).isAfter(Instant.now());

		JsonNode card = staffGet("/api/v1/operations/scorecards/" + supplier);
		JsonNode total = card.get("total");
		assertThat(total.get("purchaseOrdersDue").asLong()).as("PO-C is neither acknowledged nor due yet").isEqualTo(2);
		assertThat(total.get("acknowledgedOnTime").asLong()).isEqualTo(1);
		assertThat(total.get("onTimeShare").asDouble()).isEqualTo(0.5);
		assertThat(total.get("averageSecondsToAcknowledge").asLong()).isCloseTo(4500, org.assertj.core.data.Offset.offset(60L));
		assertThat(total.get("linesAnswered").asLong()).isEqualTo(4);
		assertThat(total.get("linesChanged").asLong()).as("only PO-B's line 1 was cut").isEqualTo(1);
		assertThat(total.get("changedLineShare").asDouble()).isEqualTo(0.25);
		assertThat(total.get("documentsParked").asLong()).isEqualTo(1);
		assertThat(card.get("parkedOpen").asLong()).isEqualTo(1);
		assertThat(card.get("weeks")).hasSize(12);
		assertThat(card.get("weeks").get(11).get("purchaseOrdersDue").asLong()).isEqualTo(2);
		assertThat(card.get("weeks").get(10).get("onTimeShare").isNull()).isTrue();

		JsonNode all = staffGet("/api/v1/operations/scorecards?weeks=4");
		assertThat(all.valueStream().filter(entry -> entry.get("supplierId").asString().equals(supplier)))
			.singleElement()
			.satisfies(entry -> assertThat(entry.get("weeks")).hasSize(4));

		backlog.sample();
		backlog.sample();
		JsonNode samples = staffGet("/api/v1/operations/backlog").get("samples");
		assertThat(samples.size()).isGreaterThanOrEqualTo(1);
		JsonNode last = samples.get(samples.size() - 1);
		assertThat(Instant.parse(last.get("at").asString())).isEqualTo(Instant.now().truncatedTo(ChronoUnit.MINUTES))
			.as("one sample per minute, however often it is taken");
		assertThat(last.has("incompletePublications")).isTrue();
		assertThat(last.has("unsentPostings")).isTrue();
	}

	@Test
	void anyStaffRoleReadsTheChartDataAndNobodyElse() throws Exception {
		assertThat(get("/api/v1/operations/throughput", "auditor:auditor-secret-for-tests").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/operations/backlog?range=7d", "operator:operator-secret-for-tests").statusCode())
			.isEqualTo(200);
		assertThat(get("/api/v1/operations/scorecards", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/operations/scorecards", "auditor:wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void aWrongRangeOrAnUnknownSupplierIsAProblem() throws Exception {
		var range = get("/api/v1/operations/throughput?range=1y", "auditor:auditor-secret-for-tests");
		assertThat(range.statusCode()).isEqualTo(400);
		assertThat(range.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(range.body()).get("errors").get(0).get("path").asString()).isEqualTo("range");
		var weeks = get("/api/v1/operations/scorecards?weeks=0", "auditor:auditor-secret-for-tests");
		assertThat(weeks.statusCode()).isEqualTo(400);
		var unknown = get("/api/v1/operations/scorecards/no-such-supplier", "auditor:auditor-secret-for-tests");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(unknown.body()).get("title").asString()).isEqualTo("Supplier not found");
	}

	private String aSupplierWhoHasAnHourToAcknowledge() {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Scorecard supplier " + supplier, List.of("API", "X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "1h", "CANCEL", Map.of(),
						true),
				"test", "set up for a test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-1", "SKU-OPS-1", null, "EA", "EA", "1"), "test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-2", "SKU-OPS-2", null, "EA", "EA", "1"), "test"));
		return keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
	}

	private void issue(String po) {
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 11, 27), "DC-EAST", "USD",
				List.of(new IssuePurchaseOrderCommand.Line("1", "SKU-OPS-1", new BigDecimal("10"), "EA", null,
						LocalDate.of(2026, 12, 20)),
						new IssuePurchaseOrderCommand.Line("2", "SKU-OPS-2", new BigDecimal("5"), "EA", null,
								LocalDate.of(2026, 12, 20)))));
	}

	/** Line 1 with the quantity given (10 is as ordered), line 2 accepted as ordered. */
	private HttpResponse<String> acknowledge(String po, Instant at, int quantity, String apiKey)
			throws IOException, InterruptedException {
		String body = """
				{"acknowledgementId": "%s", "purchaseOrderNumber": "%s", "acknowledgedAt": "%s",
				 "items": [{"lineNumber": "1", "buyerProductIdentifier": "SKU-OPS-1", "acknowledgements": [
				   {"code": "%s", "quantity": {"amount": %d, "unitOfMeasure": "EA"},
				    "scheduledDeliveryDate": "2026-12-20"}]},
				  {"lineNumber": "2", "buyerProductIdentifier": "SKU-OPS-2", "acknowledgements": [
				   {"code": "Accepted", "quantity": {"amount": 5, "unitOfMeasure": "EA"},
				    "scheduledDeliveryDate": "2026-12-20"}]}]}""".formatted("ACK-" + po, po,
				at.truncatedTo(ChronoUnit.SECONDS), quantity == 10 ? "Accepted" : "QuantityChanged", quantity);
		return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/suppliers/" + supplier + "/acknowledgements"))
			.header("Content-Type", "application/json")
			.header("X-Api-Key", apiKey)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static long sum(JsonNode throughput, String field) {
		return throughput.get("hours").valueStream().mapToLong(hour -> hour.get(field).asLong()).sum();
	}

	private JsonNode staffGet(String path) throws IOException, InterruptedException {
		var response = get(path, "auditor:auditor-secret-for-tests");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> get(String path, String credentials) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}
}
