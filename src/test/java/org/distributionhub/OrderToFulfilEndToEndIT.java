package org.distributionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.supplier.X12Builder;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two order-to-fulfil scenarios end to end over real HTTP, the real database and the file ERP adapter:
 * (a) a supplier's acknowledgement cuts and delays the inbound a customer order is pegged to: the ERP gets the PO
 * update, expected inbound moves, the order is re-promised and the OMS (a local HTTP server) is told;
 * (b) an order is reserved, picked, dispatched, shipped in the ERP and only then invoiced, also with the dispatch
 * arriving before the pick.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderToFulfilEndToEndIT {

	static HttpServer oms;
	static final List<JsonNode> told = new CopyOnWriteArrayList<>();
	static final AtomicInteger omsFailuresLeft = new AtomicInteger();
	static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeAll
	static void startOms() throws IOException {
		oms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		oms.createContext("/promises", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (omsFailuresLeft.getAndDecrement() > 0) {
				exchange.sendResponseHeaders(503, -1);
			}
			else {
				told.add(JSON.readTree(body));
				exchange.sendResponseHeaders(204, -1);
			}
			exchange.close();
		});
		oms.start();
	}

	@AfterAll
	static void stopOms() {
		oms.stop(0);
	}

	@DynamicPropertySource
	static void omsWebhook(DynamicPropertyRegistry registry) {
		registry.add("hub.order.oms.webhook-url",
				() -> "http://127.0.0.1:" + oms.getAddress().getPort() + "/promises");
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
	final String sku = "SKU-" + run;
	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aSupplierCutsAndDelaysInboundAndThePeggedOrdersAreRepromisedAndTheOmsIsTold() throws Exception {
		String supplier = "sc-" + run;
		String ediId = supplier.toUpperCase().replace("-", "");
		String po = "PO-" + run;
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Scenario supplier", List.of("X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h", "CANCEL", Map.of(),
						true),
				"test", "scenario"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-" + run, sku, null, "EA", "EA", "1"), "test"));
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 11, 27), "MAIN", null,
				List.of(new IssuePurchaseOrderCommand.Line("1", sku, new BigDecimal(100), "EA", null,
						LocalDate.of(2027, 1, 10)))));
		await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/inventory/expected-inbound?sku=" + sku)
			.toString().contains("2027-01-10"));

		// The first order is pegged first: inventory numbers backorders in the order it allocates them, and two orders
		// placed together may be allocated in either order.
		String first = placeOrder("A-" + run, 30);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(line(first).path("promiseDate").asString()).isEqualTo("2027-01-10"));
		String second = placeOrder("B-" + run, 40);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(line(first).path("promiseDate").asString()).isEqualTo("2027-01-10");
			assertThat(line(second).path("promiseDate").asString()).isEqualTo("2027-01-10");
		});

		// The 855: 60 of the 100, three weeks later.
		String x855 = X12Builder.from(ediId).control(700)
			.segment("BAK*00*AC*" + po + "*20261127*****20261128")
			.segment("PO1*1*100*EA***VP*VP-" + run)
			.segment("ACK*IQ*60*EA*068*20270131")
			.build();
		assertThat(intake.receive(new ReceiveMessageCommand(supplier, Channel.X12, "API", "application/edi-x12", null,
				x855.getBytes(StandardCharsets.UTF_8), null)).status()).isEqualTo(MessageStatus.APPLIED);

		// Generous: in the full suite on the shared PostgreSQL test database, publications other test contexts left
		// are retried by this hub too and share its listener threads.
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(postings.byBusinessKey("PO:" + po)).anySatisfy(posting -> {
				assertThat(posting.type()).isEqualTo("PO_ACKNOWLEDGEMENT_UPDATE");
				assertThat(posting.status()).isEqualTo("SENT");
			});
			assertThat(get("/api/v1/inventory/expected-inbound?sku=" + sku).toString()).contains("2027-01-31")
				.doesNotContain("2027-01-10");
			assertThat(line(first).path("promiseDate").asString()).isEqualTo("2027-01-31");
			assertThat(line(second).path("allocation").asString()).isEqualTo("NO_INBOUND");
			assertThat(told).anySatisfy(message -> {
				assertThat(message.path("orderId").asString()).isEqualTo(first);
				assertThat(message.path("promiseDate").asString()).isEqualTo("2027-01-31");
				assertThat(message.path("previousPromiseDate").asString()).isEqualTo("2027-01-10");
			});
			assertThat(told).anySatisfy(message -> {
				assertThat(message.path("orderId").asString()).isEqualTo(second);
				assertThat(message.path("status").asString()).isEqualTo("NO_INBOUND");
			});
		});
	}

	@Test
	void anOrderIsReservedPickedDispatchedShippedAndOnlyThenInvoicedInTheErp() throws Exception {
		stock(50);
		String order = placeOrder("C-" + run, 10);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(line(order).path("allocation").asString()).isEqualTo("RESERVED"));

		assertThat(warehouse("P-" + run, "PICK_CONFIRMED", order, null).statusCode()).isEqualTo(202);
		assertThat(warehouse("D-" + run, "SHIPMENT_DISPATCHED", order, "SHP-" + run).statusCode()).isEqualTo(202);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(postings.byBusinessKey("SO:" + order))
			.extracting(PostingView::type, PostingView::status)
			.containsExactly(tuple("SHIPMENT", "SENT"), tuple("CUSTOMER_INVOICE", "SENT")));
		assertThat(get("/api/v1/orders/" + order).path("state").asString()).isEqualTo("SHIPPED");
	}

	@Test
	void aDispatchBeforeItsPickIsHeldAndReleasedWhenThePickArrives() throws Exception {
		stock(50);
		String order = placeOrder("D-" + run, 10);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(line(order).path("allocation").asString()).isEqualTo("RESERVED"));

		assertThat(warehouse("D-" + run, "SHIPMENT_DISPATCHED", order, "SHP-" + run).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				get("/api/v1/orders/" + order).path("heldSteps").toString()).contains("SHP-" + run));
		Thread.sleep(1000);
		assertThat(postings.byBusinessKey("SO:" + order)).isEmpty();

		assertThat(warehouse("P-" + run, "PICK_CONFIRMED", order, null).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(postings.byBusinessKey("SO:" + order))
			.extracting(PostingView::type, PostingView::status)
			.containsExactly(tuple("SHIPMENT", "SENT"), tuple("CUSTOMER_INVOICE", "SENT")));
		assertThat(get("/api/v1/orders/" + order).path("heldSteps").size()).isZero();
	}

	@Test
	void aLineShippedInTwoPartsIsReleasedBothTimesThoughItsStockWasTakenAndGivenBackInBetween() throws Exception {
		stock(50);
		String order = placeOrder("E-" + run, 10);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(line(order).path("allocation").asString()).isEqualTo("RESERVED"));
		assertThat(warehouse("P-" + run, "PICK_CONFIRMED", order, null).statusCode()).isEqualTo(202);
		assertThat(warehouse("D1-" + run, "SHIPMENT_DISPATCHED", order, "SHP1-" + run, 4).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(postings.byBusinessKey("SO:" + order))
			.extracting(PostingView::type).containsExactly("SHIPMENT"));

		// A count finds 3 left: the rest of the line waits; then 50 again: it is reserved again.
		stock(3);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(line(order).path("allocation").asString()).isEqualTo("NO_INBOUND"));
		stock(50);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(line(order).path("allocation").asString()).isEqualTo("RESERVED"));

		assertThat(warehouse("D2-" + run, "SHIPMENT_DISPATCHED", order, "SHP2-" + run, 6).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(postings.byBusinessKey("SO:" + order))
			.extracting(PostingView::type, PostingView::status)
			.containsExactly(tuple("SHIPMENT", "SENT"), tuple("SHIPMENT", "SENT"), tuple("CUSTOMER_INVOICE", "SENT")));
		assertThat(get("/api/v1/orders/" + order).path("state").asString()).isEqualTo("SHIPPED");
	}

	void stock(int quantity) throws Exception {
		var response = send("POST", "/api/v1/inventory/feeds?warehouse=MAIN&mode=DELTA", "text/csv",
				"sku,quantity\n" + sku + "," + quantity + "\n");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	HttpResponse<String> warehouse(String eventId, String type, String order, String shipment) throws Exception {
		return warehouse(eventId, type, order, shipment, 10);
	}

	HttpResponse<String> warehouse(String eventId, String type, String order, String shipment, int quantity)
			throws Exception {
		return send("POST", "/api/v1/warehouse/events", """
				{"eventId": "%s", "type": "%s", "warehouse": "MAIN", "orderId": "%s", %s
				 "lines": [{"lineNumber": 1, "sku": "%s", "quantity": %d, "unit": "EA"}]}"""
			.formatted(eventId, type, order, shipment == null ? "" : "\"shipmentId\": \"" + shipment + "\",", sku,
					quantity));
	}

	String placeOrder(String externalId, int quantity) throws Exception {
		var response = send("POST", "/api/v1/orders", """
				{"channel": "web", "externalOrderId": "%s", "customer": "C-1", "warehouse": "MAIN",
				 "lines": [{"lineNumber": 1, "sku": "%s", "quantity": %d, "unit": "EA", "unitPrice": "9.90", "currency": "EUR"}]}"""
			.formatted(externalId, sku, quantity));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).path("orderId").asString();
	}

	JsonNode line(String orderId) throws Exception {
		return get("/api/v1/orders/" + orderId).path("lines").get(0);
	}

	JsonNode get(String path) throws Exception {
		var response = send("GET", path, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	HttpResponse<String> send(String method, String path, String body) throws Exception {
		return send(method, path, "application/json", body);
	}

	HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("operator:operator-secret-for-tests".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", contentType)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}
}
