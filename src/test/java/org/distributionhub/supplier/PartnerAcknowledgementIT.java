package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.api.ReplayParkedDocuments;
import org.distributionhub.supplier.api.ReplayParkedDocuments.ReplayOutcome;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acknowledgements through the real partner API over HTTP, with a real API key, on every channel: what the partner
 * is answered, what is stored, and how many business events come of it (one per effective change, whatever the
 * channel or the number of copies).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerAcknowledgementIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	ManageApiKeys keys;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	ReplayParkedDocuments replay;

	@Autowired
	FindPartnerMessages messages;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();
	final String supplier = "it-" + UUID.randomUUID().toString().substring(0, 8);
	final String ediId = supplier.toUpperCase().replace("-", "");
	final String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
	String apiKey;

	@BeforeEach
	void aSupplierWithAKeyAndAPurchaseOrder() {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Test supplier " + supplier, List.of("API", "X12", "EDIFACT", "CSV"),
						"X12", new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h", "CANCEL",
						Map.of("CW", "REJECTED"), true),
				"test", "set up for a test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-100", "SKU-A", "00012345678905", "EA", "EA", "1"), "test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-CASE", "SKU-B", null, "CA", "EA", "12"), "test"));
		apiKey = keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 11, 27), "DC-EAST",
				"USD", List.of(
						new IssuePurchaseOrderCommand.Line("1", "SKU-A", new java.math.BigDecimal("100"), "EA", null,
								LocalDate.of(2026, 12, 10)),
						new IssuePurchaseOrderCommand.Line("2", "SKU-B", new java.math.BigDecimal("48"), "EA", null,
								LocalDate.of(2026, 12, 10)))));
	}

	String x12Ack(int control, String bak09, String... lines) {
		X12Builder builder = X12Builder.from(ediId).control(control).segment("BAK*00*AC*" + po + "*20261127*****" + bak09);
		for (String line : lines) {
			builder.segment(line);
		}
		return builder.build();
	}

	@Test
	void anX12AcknowledgementIsAppliedOnceAndAnsweredWithA997EveryTime() throws Exception {
		String ack = x12Ack(101, "20261127", "PO1*1*100*EA***VP*VP-100", "ACK*IQ*60*EA*068*20261215",
				"PO1*2*4*CA***VP*VP-CASE", "ACK*DR*4*CA*068*20261220");

		var first = post("/edi", "application/edi-x12", ack, null);
		assertThat(first.statusCode()).isEqualTo(202);
		JsonNode receipt = JSON.readTree(first.body());
		assertThat(receipt.get("status").asString()).isEqualTo("APPLIED");
		assertThat(receipt.get("functionalAckId").isNull()).isFalse();
		assertThat(acknowledgedEvents()).isEqualTo(1);

		var again = post("/edi", "application/edi-x12", ack, null);
		assertThat(JSON.readTree(again.body()).get("status").asString()).isEqualTo("DUPLICATE");
		assertThat(acknowledgedEvents()).isEqualTo(1);

		var outbox = JSON.readTree(get("/outbox").body());
		assertThat(outbox.valueStream().filter(entry -> entry.get("kind").asString().equals("FUNCTIONAL_ACK")))
			.hasSize(2);
		String id = outbox.valueStream().filter(entry -> entry.get("kind").asString().equals("FUNCTIONAL_ACK"))
			.findFirst().orElseThrow().get("id").asString();
		String ninetySeven = get("/outbox/" + id).body();
		assertThat(ninetySeven).contains("AK1*PR*101").contains("AK2*855*0001").contains("AK5*A").contains("AK9*A*1*1*1");
	}

	@Test
	void theSameAcknowledgementByApiAndCsvAfterEdiMakesNoSecondEvent() throws Exception {
		post("/edi", "application/edi-x12",
				x12Ack(102, "20261127", "PO1*1*100*EA***VP*VP-100", "ACK*IQ*60*EA*067*20261215"), null);
		assertThat(acknowledgedEvents()).isEqualTo(1);

		String json = """
				{"acknowledgementId": "A-1", "purchaseOrderNumber": "%s", "acknowledgedAt": "2026-11-27T12:00:00Z",
				 "items": [{"lineNumber": "1", "buyerProductIdentifier": "SKU-A", "acknowledgements": [
				   {"code": "QuantityChanged", "quantity": {"amount": 60, "unitOfMeasure": "EA"},
				    "scheduledDeliveryDate": "2026-12-15"}]}]}""".formatted(po);
		var api = post("/acknowledgements", "application/json", json, null);
		assertThat(api.statusCode()).isEqualTo(202);
		assertThat(JSON.readTree(api.body()).get("status").asString()).isEqualTo("NO_CHANGE");
		assertThat(acknowledgedEvents()).isEqualTo(1);
	}

	@Test
	void aRepeatedIdempotencyKeyGetsTheFirstAnswerAndAnotherBodyUnderItIsRefused() throws Exception {
		String body = """
				{"acknowledgementId": "A-2", "purchaseOrderNumber": "%s", "acknowledgedAt": "2026-11-27T12:00:00Z",
				 "items": [{"lineNumber": "1", "buyerProductIdentifier": "SKU-A",
				            "acknowledgements": [{"code": "Accepted", "quantity": {"amount": 100, "unitOfMeasure": "EA"}}]}]}"""
			.formatted(po);
		var first = post("/acknowledgements", "application/json", body, "key-1");
		var second = post("/acknowledgements", "application/json", body, "key-1");
		assertThat(second.statusCode()).isEqualTo(first.statusCode()).isEqualTo(202);
		assertThat(JSON.readTree(second.body()).get("trackingId").asString())
			.isEqualTo(JSON.readTree(first.body()).get("trackingId").asString());
		assertThat(JSON.readTree(second.body()).get("replayed").asBoolean()).isTrue();

		var other = post("/acknowledgements", "application/json", body.replace("100", "90"), "key-1");
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void anUnknownItemParksTheMessageUntilItsMappingIsAddedAndOneReplayAppliesIt() throws Exception {
		String ack = x12Ack(103, "20261127", "PO1*1*100*EA***VP*VP-NEW", "ACK*IQ*50*EA");
		var parked = JSON.readTree(post("/edi", "application/edi-x12", ack, null).body());
		assertThat(parked.get("status").asString()).isEqualTo("PARKED");
		assertThat(parked.get("documents").get(0).get("explanation").asString()).contains("VP VP-NEW");
		assertThat(acknowledgedEvents()).isZero();

		var entry = messages.parked(supplier, true, 10).get(0);
		assertThat(replay.replay(entry.id(), "no mapping yet", "admin").outcome()).isEqualTo(ReplayOutcome.STILL_PARKED);
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-NEW", "SKU-A", null, "EA", "EA", "1"), "test"));
		assertThat(replay.replay(entry.id(), "mapping added", "admin").outcome()).isEqualTo(ReplayOutcome.APPLIED);
		assertThat(replay.replay(entry.id(), "again", "admin").outcome()).isEqualTo(ReplayOutcome.ALREADY_RESOLVED);
		assertThat(acknowledgedEvents()).isEqualTo(1);
		assertThat(messages.receipt(UUID.fromString(parked.get("trackingId").asString())).orElseThrow().status())
			.isEqualTo(MessageStatus.APPLIED);
	}

	@Test
	void anOlderAcknowledgementNeverOverwritesANewerOne() throws Exception {
		post("/edi", "application/edi-x12",
				x12Ack(104, "20261128", "PO1*1*100*EA***VP*VP-100", "ACK*IQ*70*EA"), null);
		var older = JSON.readTree(post("/edi", "application/edi-x12",
				x12Ack(105, "20261127", "PO1*1*100*EA***VP*VP-100", "ACK*IQ*20*EA"), null).body());
		assertThat(older.get("status").asString()).isEqualTo("STALE");
		assertThat(acknowledgedEvents()).isEqualTo(1);
	}

	@Test
	void otherDelimitersAndAByteOrderMarkAreRead() throws Exception {
		String ack = "\uFEFF" + X12Builder.from(ediId).control(106).delimiters('|', '!')
			.segment("BAK*00*AC*" + po + "*20261127*****20261127")
			.segment("PO1*1*100*EA***VP*VP-100")
			.segment("ACK*IA*100*EA")
			.build();
		var response = post("/edi", "application/edi-x12", ack, null);
		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("APPLIED");
	}

	@Test
	void aCsvAcknowledgementWithAByteOrderMarkAndSpacedHeadersIsApplied() throws Exception {
		String csv = "\uFEFFretailer_po , sku_id,quantity_accepted ,quantity_rejected,quantity_backordered,backorder_date,supplier_po,notes\r\n"
				+ po + ",SKU-A,60,0,40,2027-01-15,SO-1,\r\n";
		var response = post("/acknowledgements", "text/csv", csv, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("APPLIED");
		assertThat(acknowledgedEvents()).isEqualTo(1);
	}

	@Test
	void badInputGetsAClearAnswerAndChangesNothing() throws Exception {
		var schema = post("/acknowledgements", "application/json",
				"{\"acknowledgementId\": \"A\", \"purchaseOrderNumber\": \"" + po
						+ "\", \"items\": [{\"lineNumber\": \"1\", \"buyerProductIdentifier\": \"SKU-A\", \"acknowledgements\": [{\"code\": \"Accepted\", \"quantity\": {\"amount\": -5, \"unitOfMeasure\": \"EA\"}, \"scheduledShipDate\": \"2026-02-30\"}]}]}",
				null);
		assertThat(schema.statusCode()).isEqualTo(400);
		assertThat(schema.body()).contains("$.items[0].acknowledgements[0].quantity.amount")
			.contains("$.items[0].acknowledgements[0].scheduledShipDate");

		var longPo = post("/acknowledgements", "application/json", """
				{"acknowledgementId": "A-9", "purchaseOrderNumber": "%s", "acknowledgedAt": "2026-11-27T12:00:00Z",
				 "items": [{"lineNumber": "1", "buyerProductIdentifier": "SKU-A",
				            "acknowledgements": [{"code": "Accepted", "quantity": {"amount": 1, "unitOfMeasure": "EA"}}]}]}"""
			.formatted("P".repeat(60)), null);
		assertThat(longPo.statusCode()).as(longPo.body()).isEqualTo(400);
		assertThat(longPo.body()).contains("PO number is 1 to 40 characters");

		assertThat(post("/acknowledgements", "application/xml", "<ack/>", null).statusCode()).isEqualTo(415);
		assertThat(post("/edi", "application/edi-x12", "hello", null).statusCode()).isEqualTo(400);

		var noKey = http.send(HttpRequest.newBuilder(uri("/acknowledgements"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(noKey.statusCode()).isEqualTo(401);
		var wrongKey = http.send(HttpRequest.newBuilder(uri("/acknowledgements"))
			.header("Content-Type", "application/json")
			.header("X-Api-Key", apiKey + "x")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongKey.statusCode()).isEqualTo(401);
		var otherSupplier = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/suppliers/someone-else/acknowledgements"))
			.header("Content-Type", "application/json")
			.header("X-Api-Key", apiKey)
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(otherSupplier.statusCode()).isEqualTo(403);

		byte[] big = new byte[6 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'A');
		var tooBig = http.send(HttpRequest.newBuilder(uri("/edi"))
			.header("Content-Type", "application/edi-x12")
			.header("X-Api-Key", apiKey)
			.POST(HttpRequest.BodyPublishers.ofByteArray(big))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooBig.statusCode()).isEqualTo(413);
		assertThat(acknowledgedEvents()).isZero();
	}

	@Test
	void anIsaThatIsNotFixedWidthIsNormalisedWhenThatIsUnambiguous() throws Exception {
		String notFixedWidth = x12Ack(107, "20261127", "PO1*1*100*EA***VP*VP-100", "ACK*IA*100*EA")
			.replaceFirst("\\*00\\*          \\*", "*00**");
		var normalised = post("/edi", "application/edi-x12", notFixedWidth, null);
		assertThat(normalised.statusCode()).as(normalised.body()).isEqualTo(202);
		assertThat(JSON.readTree(normalised.body()).get("status").asString()).isEqualTo("APPLIED");
	}

	long acknowledgedEvents() {
		return jdbc.sql("""
				SELECT COUNT(DISTINCT serialized_event) FROM (
				  SELECT serialized_event FROM event_publication WHERE event_type LIKE '%PurchaseOrderAcknowledged'
				    AND serialized_event LIKE ?
				  UNION ALL
				  SELECT serialized_event FROM event_publication_archive WHERE event_type LIKE '%PurchaseOrderAcknowledged'
				    AND serialized_event LIKE ?) published""")
			.params("%\"" + po + "\"%", "%\"" + po + "\"%")
			.query(Long.class)
			.single();
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	PartnerApi api() {
		return new PartnerApi(port, supplier, apiKey);
	}

	URI uri(String path) {
		return api().uri(path);
	}

	HttpResponse<String> post(String path, String contentType, String body, String idempotencyKey) throws Exception {
		return api().post(path, contentType, body.getBytes(StandardCharsets.UTF_8), idempotencyKey);
	}

	HttpResponse<String> get(String path) throws Exception {
		return api().get(path);
	}
}
