package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.supplier.X12Builder;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations cockpit after a realistic morning, over real HTTP, the real database and a real (down) ERP: a PO
 * with two pegged customer orders overdue at its supplier, a parked acknowledgement with no order behind it, and an
 * ERP that answers 503 holding a shipment posting. The incidents API lists the overdue PO above the parked document
 * with its orders and their value; the console's home shows the same in Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hub.operations.erp-pending-after=1s", "hub.operations.inventory-sync-lag=7d",
				"hub.operations.allocation-overdue-after=7d" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsCockpitIT {

	static final JsonMapper JSON = JsonMapper.builder().build();
	/** An ERP that answers every call with 503, started before the hub's properties are read. */
	static final HttpServer erp = downErp();

	static HttpServer downErp() {
		try {
			var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", exchange -> {
				exchange.getRequestBody().readAllBytes();
				exchange.sendResponseHeaders(503, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@AfterAll
	static void stopErp() {
		erp.stop(0);
	}

	@DynamicPropertySource
	static void downErp(DynamicPropertyRegistry registry) {
		registry.add("hub.erp.adapter", () -> "rest");
		registry.add("hub.erp.rest.base-url", () -> "http://127.0.0.1:" + erp.getAddress().getPort());
		for (String type : List.of("PO_ACKNOWLEDGEMENT_UPDATE", "GOODS_RECEIPT", "SHIPMENT", "CUSTOMER_INVOICE")) {
			String endpoint = "hub.erp.rest.postings." + type + ".";
			registry.add(endpoint + "url", () -> "/erp/" + type);
			registry.add(endpoint + "body", () -> "{\"reference\":\"${idempotencyKey}\",\"payload\":${payload}}");
			registry.add(endpoint + "lookup-url", () -> "/erp/" + type + "?reference=${idempotencyKey}");
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	ReceivePartnerMessage intake;

	@Autowired
	FindPostings postings;

	final String run = UUID.randomUUID().toString().substring(0, 8);
	final String overduePo = "PO-LATE-" + run;
	final String parkedPo = "PO-PARK-" + run;
	final HttpClient http = HttpClient.newHttpClient();
	final List<String> pegged = new ArrayList<>();
	String shipped;

	@BeforeAll
	void aMorningOfTrouble() throws Exception {
		String late = "late-" + run;
		supplier(late, "PT1S", "VP-" + run, "SKU-L-" + run);
		purchaseOrders.issue(new IssuePurchaseOrderCommand(late, overduePo, 0, LocalDate.of(2026, 11, 27), "MAIN", null,
				List.of(new IssuePurchaseOrderCommand.Line("1", "SKU-L-" + run, new BigDecimal(100), "EA", null,
						LocalDate.of(2027, 1, 10)))));
		await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/inventory/expected-inbound?sku=SKU-L-" + run)
			.toString().contains("2027-01-10"));
		pegged.add(placeOrder("A-" + run, "SKU-L-" + run, 30));
		pegged.add(placeOrder("B-" + run, "SKU-L-" + run, 40));
		for (String order : pegged) {
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
					get("/api/v1/orders/" + order).path("lines").get(0).path("promiseDate").asString())
				.isEqualTo("2027-01-10"));
		}

		String parking = "park-" + run;
		String ediId = supplier(parking, "48h", "VP-P-" + run, "SKU-P-" + run);
		purchaseOrders.issue(new IssuePurchaseOrderCommand(parking, parkedPo, 0, LocalDate.of(2026, 11, 27), "MAIN",
				null, List.of(new IssuePurchaseOrderCommand.Line("1", "SKU-P-" + run, new BigDecimal(5), "EA", null,
						LocalDate.of(2027, 2, 1)))));
		String unknownItem = X12Builder.from(ediId).control(701)
			.segment("BAK*00*AC*" + parkedPo + "*20261127*****20261128")
			.segment("PO1*1*5*EA***VP*VP-UNKNOWN-" + run)
			.segment("ACK*IA*5*EA*068*20270201")
			.build();
		assertThat(intake.receive(new ReceiveMessageCommand(parking, Channel.X12, "API", "application/edi-x12", null,
				unknownItem.getBytes(StandardCharsets.UTF_8), null)).status()).isEqualTo(MessageStatus.PARKED);

		String sku = "SKU-S-" + run;
		assertThat(send("POST", "/api/v1/inventory/feeds?warehouse=MAIN&mode=DELTA", "text/csv",
				"sku,quantity\n" + sku + ",50\n").statusCode()).isEqualTo(200);
		shipped = placeOrder("C-" + run, sku, 10);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				get("/api/v1/orders/" + shipped).path("lines").get(0).path("allocation").asString())
			.isEqualTo("RESERVED"));
		assertThat(warehouse("P-" + run, "PICK_CONFIRMED", sku, null).statusCode()).isEqualTo(202);
		assertThat(warehouse("D-" + run, "SHIPMENT_DISPATCHED", sku, "SHP-" + run).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(postings.byBusinessKey("SO:" + shipped))
			.anySatisfy(posting -> {
				assertThat(posting.type()).isEqualTo("SHIPMENT");
				assertThat(posting.attempts()).isPositive();
				assertThat(posting.status()).isIn("PENDING", "IN_FLIGHT");
			}));
	}

	@Test
	void theOverduePoWithItsCustomerOrdersRanksAboveTheParkedDocumentWithNone() throws Exception {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<JsonNode> incidents = incidents("");
			JsonNode overdue = find(incidents, "ACKNOWLEDGEMENT_OVERDUE", overduePo);
			JsonNode parked = find(incidents, "DOCUMENT_PARKED", parkedPo);
			JsonNode erpWait = find(incidents, "ERP_POSTING_PENDING_TOO_LONG", "SO:" + shipped);
			assertThat(incidents.indexOf(overdue)).isLessThan(incidents.indexOf(erpWait));
			assertThat(incidents.indexOf(erpWait)).isLessThan(incidents.indexOf(parked));

			assertThat(overdue.path("area").asString()).isEqualTo("SUPPLIER_ACKNOWLEDGEMENTS");
			assertThat(overdue.path("link").asString())
				.isEqualTo("/console/purchase-orders/late-" + run + "/" + overduePo);
			assertThat(overdue.path("since").asString()).isNotBlank();
			JsonNode impact = overdue.path("impact");
			assertThat(impact.path("customerOrders").valueStream().map(JsonNode::asString).toList())
				.containsExactlyInAnyOrderElementsOf(pegged);
			assertThat(impact.path("value").decimalValue()).isEqualByComparingTo("693.00");
			assertThat(impact.path("currency").asString()).isEqualTo("EUR");
			assertThat(impact.path("earliestPromiseDate").asString()).isEqualTo("2027-01-10");

			assertThat(parked.path("impact").path("customerOrders").size()).isZero();
			assertThat(parked.path("impact").path("value").isNull()).isTrue();
			assertThat(erpWait.path("impact").path("customerOrders").get(0).asString()).isEqualTo(shipped);
			assertThat(erpWait.path("impact").path("value").decimalValue()).isEqualByComparingTo("99.00");
			assertThat(erpWait.path("area").asString()).isEqualTo("ERP_BACKLOG");
		});
		assertThat(incidents("?area=ERP_BACKLOG")).allSatisfy(
				incident -> assertThat(incident.path("area").asString()).isEqualTo("ERP_BACKLOG"));
		var nowhere = send("GET", "/api/v1/operations/incidents?area=NOWHERE", null, null);
		assertThat(nowhere.statusCode()).isEqualTo(400);
		assertThat(nowhere.body()).contains("\"area\"", "must be one of [SUPPLIER_ACKNOWLEDGEMENTS");
		var anonymous = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/operations/incidents"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void theConsoleHomeShowsTheTilesAndTheRankedIncidentsInChromium() throws Exception {
		await().atMost(Duration.ofSeconds(20)).until(() -> incidents("").stream()
			.anyMatch(incident -> incident.path("businessKey").asString().equals(overduePo)));
		try (var chromium = HeadlessChromium.start()) {
			var browser = chromium.browser();
			var wait = chromium.waiting();
			browser.get(url("/console"));
			wait.until(driver -> driver.getCurrentUrl().contains("/login"));
			browser.findElement(By.id("username")).sendKeys("auditor");
			browser.findElement(By.id("password")).sendKeys("auditor-secret-for-tests");
			browser.findElement(By.id("sign-in")).click();
			wait.until(driver -> !driver.findElements(By.id("tile-SUPPLIER_ACKNOWLEDGEMENTS")).isEmpty());

			String tile = browser.findElement(By.id("tile-SUPPLIER_ACKNOWLEDGEMENTS")).getText();
			assertThat(tile).contains("Supplier acknowledgements").containsPattern("\\d+ POs? overdue at suppliers")
				.containsPattern("\\d+ documents? parked").containsPattern("customer orders? worth EUR [\\d,.]+");
			assertThat(browser.findElement(By.id("tile-ERP_BACKLOG")).getText())
				.containsPattern("\\d+ ERP posting keys? waiting too long");
			assertThat(browser.findElements(By.cssSelector(".card.tile"))).hasSize(6);

			List<WebElement> rows = browser.findElements(By.cssSelector("table.incidents tbody tr"));
			WebElement overdueRow = row(rows, overduePo);
			assertThat(overdueRow.getText()).contains("2 customer orders worth EUR 693.00, earliest promise 2027-01-10");
			WebElement parkedRow = rows.stream()
				.filter(it -> parkedPo.equals(it.getAttribute("data-key")))
				.findFirst()
				.orElse(null);
			if (parkedRow != null) {
				assertThat(rows.indexOf(overdueRow)).isLessThan(rows.indexOf(parkedRow));
			}
			screenshot(browser, "operations-home");

			String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(document.getElementById('download-csv').href).then(r => r.text()).then(done);""");
			assertThat(csv).startsWith("rank,kind,area,business_key,since,customer_orders,order_ids,value,currency");
			assertThat(csv.lines().filter(line -> line.contains(",ACKNOWLEDGEMENT_OVERDUE,") && line.contains(overduePo)))
				.singleElement().asString().contains("693.00", "EUR", "2027-01-10");

			overdueRow.findElement(By.linkText(overduePo)).click();
			wait.until(driver -> driver.getCurrentUrl().contains("/console/purchase-orders/"));
			String waiting = browser.findElement(By.id("pegged")).getText();
			assertThat(waiting).contains(pegged).contains("EUR 297.00", "EUR 396.00", "2027-01-10");
			browser.get(url("/console"));

			browser.findElement(By.id("tile-ERP_BACKLOG")).click();
			wait.until(driver -> driver.getCurrentUrl().contains("area=ERP_BACKLOG"));
			assertThat(browser.findElements(By.cssSelector("table.incidents tbody tr")))
				.allSatisfy(it -> assertThat(it.getAttribute("data-kind")).startsWith("ERP_POSTING"));
			assertThat(row(browser.findElements(By.cssSelector("table.incidents tbody tr")), "SO:" + shipped)
				.getText()).contains("1 customer order worth EUR 99.00");
			row(browser.findElements(By.cssSelector("table.incidents tbody tr")), "SO:" + shipped)
				.findElement(By.linkText("SO:" + shipped)).click();
			wait.until(driver -> driver.getCurrentUrl().endsWith("/console/erp"));
		}
	}

	static WebElement row(List<WebElement> rows, String key) {
		return rows.stream().filter(it -> key.equals(it.getAttribute("data-key"))).findFirst()
			.orElseThrow(() -> new AssertionError("No incident row for " + key));
	}

	static void screenshot(org.openqa.selenium.WebDriver browser, String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	static JsonNode find(List<JsonNode> incidents, String kind, String key) {
		return incidents.stream()
			.filter(it -> it.path("kind").asString().equals(kind) && it.path("businessKey").asString().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + kind + " incident for " + key + " in " + incidents.size()));
	}

	String supplier(String id, String due, String part, String sku) {
		String ediId = id.toUpperCase().replace("-", "");
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(id,
				new SupplierProfileData(id, "Cockpit supplier", List.of("X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, due, "CANCEL", Map.of(),
						true),
				"test", "cockpit"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(id, new ItemRow(0, part, sku, null, "EA", "EA", "1"),
				"test"));
		return ediId;
	}

	List<JsonNode> incidents(String query) throws Exception {
		var list = new ArrayList<JsonNode>();
		get("/api/v1/operations/incidents" + query).forEach(list::add);
		return list;
	}

	String placeOrder(String externalId, String sku, int quantity) throws Exception {
		var response = send("POST", "/api/v1/orders", "application/json", """
				{"channel": "web", "externalOrderId": "%s", "customer": "C-1", "warehouse": "MAIN",
				 "lines": [{"lineNumber": 1, "sku": "%s", "quantity": %d, "unit": "EA", "unitPrice": "9.90", "currency": "EUR"}]}"""
			.formatted(externalId, sku, quantity));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).path("orderId").asString();
	}

	HttpResponse<String> warehouse(String eventId, String type, String sku, String shipment) throws Exception {
		return send("POST", "/api/v1/warehouse/events", "application/json", """
				{"eventId": "%s", "type": "%s", "warehouse": "MAIN", "orderId": "%s", %s
				 "lines": [{"lineNumber": 1, "sku": "%s", "quantity": 10, "unit": "EA"}]}"""
			.formatted(eventId, type, shipped, shipment == null ? "" : "\"shipmentId\": \"" + shipment + "\",", sku));
	}

	JsonNode get(String path) throws Exception {
		var response = send("GET", path, null, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("operator:operator-secret-for-tests".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", contentType == null ? "application/json" : contentType)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
