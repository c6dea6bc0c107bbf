package org.distributionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.supplier.X12Builder;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Procure-to-pay end to end over real HTTP, the real database and the file ERP adapter: a purchase order issued by
 * the staff API and acknowledged by the supplier's 855, goods received through the warehouse channel, the supplier's
 * X12 810 matched and billed in the ERP after the receipt's posting; an invoice 10 % over the PO price held, approved
 * by an operator with a reason, then billed, while a second invoice for the same goods is held; an invoice before its goods waiting, then matched when they arrive; the
 * same invoice again answered and not billed twice; a credit note reducing the accrual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcureToPayEndToEndIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	@Autowired
	FindPostings postings;

	final String run = UUID.randomUUID().toString().substring(0, 8);
	final String supplier = "p2p-" + run;
	final String ediId = ("P2P" + run).toUpperCase();
	final HttpClient http = HttpClient.newHttpClient();
	int control = 700;
	String apiKey;

	@BeforeEach
	void anX12SupplierWithTwoItems() {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Procure-to-pay supplier", List.of("X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h", "CANCEL", Map.of(),
						true),
				"test", "scenario"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-1", sku(1), null, "EA", "EA", "1"), "test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-2", sku(2), null, "EA", "EA", "1"), "test"));
		apiKey = keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
	}

	@Test
	void anAcknowledgedAndReceivedOrdersInvoiceIsMatchedAndBilledAfterTheReceiptAndOnlyOnce() throws Exception {
		String po = issue("A");
		acknowledge(po);
		receive(po, "GR-A-" + run, 100, 40);
		awaitPostings(po, "GOODS_RECEIPT");

		String invoice = "INV-A-" + run;
		String x810 = invoice(invoice, po, false, "10.00", 100, 40);
		edi(x810);
		JsonNode matched = awaitInvoice(invoice, "MATCHED");
		assertThat(matched.path("total").decimalValue()).isEqualByComparingTo("1200.00");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(postings.forPurchaseOrder(po))
			.extracting(PostingView::type, PostingView::status)
			.endsWith(tuple("GOODS_RECEIPT", "SENT"), tuple("VENDOR_BILL", "SENT")));

		// The same invoice in a new interchange: answered, not billed twice.
		edi(x810);
		Thread.sleep(1500);
		assertThat(postings.forPurchaseOrder(po)).extracting(PostingView::type).containsOnlyOnce("VENDOR_BILL");
		assertThat(invoices("?supplier=" + supplier)).hasSize(1);
	}

	@Test
	void anInvoiceTenPercentOverThePoIsHeldThenApprovedByAnOperatorWithAReasonAndBilled() throws Exception {
		String po = issue("B");
		acknowledge(po);
		receive(po, "GR-B-" + run, 100, 40);
		awaitPostings(po, "GOODS_RECEIPT");

		String invoice = "INV-B-" + run;
		edi(invoice(invoice, po, false, "11.00", 100, 40));
		JsonNode held = awaitInvoice(invoice, "HELD");
		assertThat(held.path("holdReasons").toString()).contains("11").contains("10");
		assertThat(invoices("?supplier=" + supplier + "&status=HELD")).hasSize(1);
		assertThat(postings.forPurchaseOrder(po)).extracting(PostingView::type).doesNotContain("VENDOR_BILL");
		long id = held.path("id").asLong();

		// The same goods billed again under another number while the first waits for a decision: held, not billed.
		String again = "INV-B2-" + run;
		edi(invoice(again, po, false, "10.00", 100, 40));
		assertThat(awaitInvoice(again, "HELD").path("holdReasons").toString()).contains("100 invoiced before");

		var noReason = send("POST", "/api/v1/supplier-invoices/" + id + "/approve", "application/json",
				"{\"reason\": \" \"}", true);
		assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(422);
		var auditor = send("POST", "/api/v1/supplier-invoices/" + id + "/approve", "application/json",
				"{\"reason\": \"Looks fine\"}", "auditor:auditor-secret-for-tests");
		assertThat(auditor.statusCode()).isEqualTo(403);

		var approved = send("POST", "/api/v1/supplier-invoices/" + id + "/approve", "application/json",
				"{\"reason\": \"Price rise agreed with the supplier\"}", true);
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(JSON.readTree(approved.body()).path("status").asString()).isEqualTo("APPROVED");
		var twice = send("POST", "/api/v1/supplier-invoices/" + id + "/approve", "application/json",
				"{\"reason\": \"Twice\"}", true);
		assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);

		JsonNode detail = JSON.readTree(send("GET", "/api/v1/supplier-invoices/" + id, "application/json", null, true).body());
		assertThat(detail.path("decidedBy").asString()).isEqualTo("operator");
		assertThat(detail.path("decisionReason").asString()).isEqualTo("Price rise agreed with the supplier");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(postings.forPurchaseOrder(po))
			.extracting(PostingView::type, PostingView::status)
			.endsWith(tuple("GOODS_RECEIPT", "SENT"), tuple("VENDOR_BILL", "SENT")));
	}

	@Test
	void anInvoiceBeforeItsGoodsWaitsAndMatchesWhenTheyArrive() throws Exception {
		String po = issue("C");
		acknowledge(po);
		String invoice = "INV-C-" + run;
		edi(invoice(invoice, po, false, "10.00", 100, 40));
		awaitInvoice(invoice, "WAITING_FOR_GOODS");
		Thread.sleep(1000);
		assertThat(postings.forPurchaseOrder(po)).extracting(PostingView::type).doesNotContain("VENDOR_BILL");

		receive(po, "GR-C-" + run, 100, 40);
		awaitInvoice(invoice, "MATCHED");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(postings.forPurchaseOrder(po))
			.extracting(PostingView::type, PostingView::status)
			.endsWith(tuple("GOODS_RECEIPT", "SENT"), tuple("VENDOR_BILL", "SENT")));
	}

	@Test
	void aCreditNoteReducesTheAccrualOfWhatWasInvoicedButNotReceived() throws Exception {
		String po = issue("D");
		acknowledge(po, 90);
		receive(po, "GR-D-" + run, 90, 40);
		awaitPostings(po, "GOODS_RECEIPT");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode accrual = accrual(po);
			assertThat(accrual).isNotNull();
			assertThat(accrual.path("receivedNotInvoiced").decimalValue()).isEqualByComparingTo("1100.00");
		});

		// The supplier confirmed 90 and billed 100: held as more than received, approved all the same.
		String invoice = "INV-D-" + run;
		edi(invoice(invoice, po, false, "10.00", 100, 40));
		long id = awaitInvoice(invoice, "HELD").path("id").asLong();
		var approved = send("POST", "/api/v1/supplier-invoices/" + id + "/approve", "application/json",
				"{\"reason\": \"Supplier promised a credit note for the ten\"}", true);
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode accrual = accrual(po);
			assertThat(accrual).isNotNull();
			assertThat(accrual.path("invoicedNotReceived").decimalValue()).isEqualByComparingTo("100.00");
		});

		// The supplier credits the ten it will not send: the accrual is gone and the ERP gets the credit note.
		String credit = "CN-D-" + run;
		edi(creditNote(credit, invoice, po, 10));
		awaitInvoice(credit, "MATCHED");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(accrual(po)).isNull());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(postings.forPurchaseOrder(po))
			.extracting(PostingView::type, PostingView::status)
			.endsWith(tuple("VENDOR_BILL", "SENT"), tuple("VENDOR_BILL", "SENT")));
		var csv = send("GET", "/api/v1/supplier-invoices/accruals?supplier=" + supplier, "application/json", null,
				true);
		assertThat(csv.body()).doesNotContain(po);
	}

	// helpers

	JsonNode accrual(String po) throws Exception {
		var response = send("GET", "/api/v1/supplier-invoices/accruals?supplier=" + supplier, "application/json",
				null, true);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).valueStream()
			.filter(row -> row.path("poNumber").asString().equals(po))
			.findFirst().orElse(null);
	}

	String creditNote(String number, String original, String po, int first) {
		return X12Builder.from(ediId).control(++control).set("IN", "810")
			.segment("BIG*20261206*" + number + "**" + po + "*" + original + "**CR")
			.segment("CUR*SE*EUR")
			.segment("IT1*1*" + first + "*EA*10.00**VP*VP-1")
			.segment("TDS*" + (1000L * first))
			.segment("CTT*1")
			.build();
	}

	String sku(int line) {
		return "SKU-" + run + "-" + line;
	}

	String issue(String suffix) throws Exception {
		String po = "PO-" + suffix + "-" + run;
		var response = send("POST", "/api/v1/purchase-orders", "application/json", """
				{"supplierId": "%s", "poNumber": "%s", "revision": 0, "orderDate": "2026-12-01",
				 "shipTo": "MAIN", "currency": "EUR", "lines": [
				 {"lineNumber": "1", "sku": "%s", "quantity": 100, "unit": "EA", "unitPrice": 10.00, "requestedDate": "2026-12-20"},
				 {"lineNumber": "2", "sku": "%s", "quantity": 40, "unit": "EA", "unitPrice": 5.00, "requestedDate": "2026-12-20"}]}"""
			.formatted(supplier, po, sku(1), sku(2)), true);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return po;
	}

	void acknowledge(String po) throws Exception {
		acknowledge(po, 100);
	}

	/** The 855 accepting the PO, line 1 only {@code first} of the 100 (the rest cancelled). */
	void acknowledge(String po, int first) throws Exception {
		edi(X12Builder.from(ediId).control(++control)
			.segment("BAK*00*AC*" + po + "*20261201")
			.segment("PO1*1*100*EA*10.00**VP*VP-1")
			.segment(first == 100 ? "ACK*IA*100*EA" : "ACK*IQ*" + first + "*EA")
			.segment("PO1*2*40*EA*5.00**VP*VP-2")
			.segment("ACK*IA*40*EA")
			.build());
	}

	String invoice(String number, String po, boolean credit, String firstPrice, int first, int second) {
		var x810 = X12Builder.from(ediId).control(++control).set("IN", "810")
			.segment("BIG*20261205*" + number + "**" + po + "***" + (credit ? "CR" : "DI"))
			.segment("CUR*SE*EUR");
		int lines = 0;
		long cents = 0;
		if (first > 0) {
			x810.segment("IT1*1*" + first + "*EA*" + firstPrice + "**VP*VP-1");
			lines++;
			cents += new BigDecimal(firstPrice).movePointRight(2).longValueExact() * first;
		}
		if (second > 0) {
			x810.segment("IT1*2*" + second + "*EA*5.00**VP*VP-2");
			lines++;
			cents += 500L * second;
		}
		return x810.segment("TDS*" + cents).segment("CTT*" + lines).build();
	}

	void receive(String po, String receiptId, int first, int second) throws Exception {
		StringBuilder lines = new StringBuilder();
		if (first > 0) {
			lines.append("{\"poLineNumber\": \"1\", \"sku\": \"%s\", \"quantity\": %d, \"unit\": \"EA\"}".formatted(sku(1), first));
		}
		if (second > 0) {
			lines.append(lines.isEmpty() ? "" : ",")
				.append("{\"poLineNumber\": \"2\", \"sku\": \"%s\", \"quantity\": %d, \"unit\": \"EA\"}".formatted(sku(2), second));
		}
		String body = """
				{"eventId": "%s", "type": "GOODS_RECEIVED", "warehouse": "MAIN", "poNumber": "%s", "lines": [%s]}"""
			.formatted(receiptId, po, lines);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			var response = send("POST", "/api/v1/warehouse/events", "application/json", body, true);
			assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
		});
	}

	void edi(String interchange) throws Exception {
		var response = http.send(HttpRequest.newBuilder(url("/api/v1/suppliers/" + supplier + "/edi"))
			.header("X-Api-Key", apiKey)
			.header("Content-Type", "application/edi-x12")
			.POST(HttpRequest.BodyPublishers.ofString(interchange))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
	}

	void awaitPostings(String po, String type) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(postings.forPurchaseOrder(po))
			.extracting(PostingView::type, PostingView::status).contains(tuple(type, "SENT")));
	}

	JsonNode awaitInvoice(String number, String status) throws Exception {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode found = invoice(number);
			assertThat(found == null ? null : found.path("status").asString())
				.as("invoice %s of %s", number, invoices("?supplier=" + supplier))
				.isEqualTo(status);
		});
		return invoice(number);
	}

	JsonNode invoice(String number) throws Exception {
		return invoices("?supplier=" + supplier).stream()
			.filter(invoice -> invoice.path("invoiceNumber").asString().equals(number))
			.findFirst().orElse(null);
	}

	List<JsonNode> invoices(String query) throws Exception {
		var response = send("GET", "/api/v1/supplier-invoices" + query, "application/json", null, true);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		JsonNode list = body.isArray() ? body : body.path("invoices");
		return list.valueStream().toList();
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	HttpResponse<String> send(String method, String path, String contentType, String body, boolean operator)
			throws Exception {
		return send(method, path, contentType, body,
				operator ? "operator:operator-secret-for-tests" : "admin:admin-secret-for-tests");
	}

	HttpResponse<String> send(String method, String path, String contentType, String body, String user)
			throws Exception {
		var request = HttpRequest.newBuilder(url(path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", contentType)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}
}
