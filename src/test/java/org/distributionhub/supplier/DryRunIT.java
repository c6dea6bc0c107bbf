package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.MessageStatus;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dry-run harness over real HTTP as an ADMIN: samples in X12 (the public node-x12 855), EDIFACT, CSV and JSON are
 * read, mapped and judged by the real intake against issued purchase orders, and the report shows what was read, how
 * it mapped, each PO line before and after, the answers and every located problem, while the purchase orders, the
 * messages, the outbox, parked documents, control numbers, event publications and the audit trail (but for one
 * DRY_RUN entry) stay exactly as they were. Applied afterwards for real, the same sample makes the change the dry run
 * showed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DryRunIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	ReceivePartnerMessage intake;

	@Autowired
	JdbcClient jdbc;

	final String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	final String supplier = "dry-" + unique.toLowerCase();
	final String sender = "D" + unique;
	final String po = "PODRY" + unique;

	void aBookSupplierWithAnIssuedOrder(String phase) {
		inPhase(phase);
		NodeX12Books.issueTheOrder(suppliers, purchaseOrders, supplier, po);
		settled();
	}

	/** The supplier's profile in a phase; the node-x12 sample's partner codes are in its code map. */
	void inPhase(String phase) {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier, new SupplierProfileData(supplier,
				"Dry run " + supplier, List.of("X12", "EDIFACT", "CSV", "API"), "X12",
				new SupplierProfileData.EdiIdentityData("ZZ", sender, sender), null, "48h", "CANCEL",
				Map.of("AC", "ACCEPTED", "CW", "REJECTED", "KK", "REJECTED"), true, phase, null, null), "test",
				"dry runs"));
	}

	String nodeX12Sample() throws IOException {
		return NodeX12Books.acknowledgement(sender, po);
	}

	@Test
	void anX12AcknowledgementShowsThePurchaseOrderChangeAndChangesNothing() throws Exception {
		aBookSupplierWithAnIssuedOrder("TESTING");
		String before = liveData();
		long audits = audits("DRY_RUN");

		var response = dryRun("", "application/edi-x12", nodeX12Sample());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode report = JSON.readTree(response.body());
		assertThat(report.get("documentType").asString()).isEqualTo("855");
		assertThat(report.get("format").asString()).isEqualTo("X12");
		assertThat(report.get("status").asString()).isEqualTo("APPLIED");
		assertThat(report.get("passed").asBoolean()).as(response.body()).isTrue();
		assertThat(report.get("envelope").get("controlNumber").asString()).isEqualTo("000000005");
		assertThat(report.get("envelope").get("sender").asString()).isEqualTo("ZZ:" + sender);
		JsonNode document = report.get("documents").get(0);
		assertThat(document.get("poNumber").asString()).isEqualTo(po);
		assertThat(document.get("lines")).hasSize(4);
		assertThat(document.get("lines").get(0).get("location").asString())
			.isEqualTo("transaction 0005 (ST02), line 1 (PO1 at segment 10)");
		assertThat(texts(report.get("mappings"), "partner", "hub")).contains(
				"line 1 EN 9780446360265, B6 NEUFELDT, VICTORIA, B3 00, B4 P -> SKU BOOK-9780446360265 on PO line 1",
				"X12 IA / AC -> ACCEPTED", "X12 IR / CW -> REJECTED",
				"3 UN -> 3 EA");
		JsonNode first = effect(report, "1");
		assertThat(first.get("changed").asBoolean()).isTrue();
		assertThat(first.get("before").get("status").asString()).isEqualTo("NOT ACKNOWLEDGED");
		assertThat(first.get("before").get("date").asString()).isEqualTo("2020-11-01");
		assertThat(first.get("after").get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(first.get("after").get("quantity").asInt()).isEqualTo(3);
		assertThat(first.get("after").get("date").asString()).isEqualTo("2004-12-31");
		assertThat(effect(report, "2").get("after").get("status").asString()).contains("REJECTED");
		JsonNode answer = report.get("answers").get(0);
		assertThat(answer.get("kind").asString()).isEqualTo("997");
		assertThat(answer.get("text").asString()).contains("AK1*PR*5").contains("AK2*855*0005").contains("AK5*A")
			.contains("AK9*A*1*1*1");
		assertThat(report.get("problems")).isEmpty();
		assertThat(report.get("notes").toString()).contains("TESTING");

		Thread.sleep(1500);
		assertThat(liveData()).isEqualTo(before);
		assertThat(audits("DRY_RUN")).isEqualTo(audits + 1);

		long id = report.get("id").asLong();
		var kept = get("/dry-runs/" + id);
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(kept.body()).get("effects")).isEqualTo(report.get("effects"));
		assertThat(JSON.readTree(get("/dry-runs").body()).get(0).get("id").asLong()).isEqualTo(id);

		// Live, the same file makes the change the dry run showed.
		inPhase("LIVE");
		var receipt = intake.receive(new ReceiveMessageCommand(supplier, Channel.X12, "API", null, null,
				nodeX12Sample().getBytes(StandardCharsets.UTF_8), null));
		assertThat(receipt.status()).isEqualTo(MessageStatus.APPLIED);
		var after = JSON.readTree(dryRun("", "application/edi-x12", nodeX12Sample()).body());
		assertThat(after.get("status").asString()).as("the file again is a duplicate").isEqualTo("DUPLICATE");
		for (JsonNode effect : report.get("effects")) {
			assertThat(effect(after, effect.get("lineNumber").asString()).get("before"))
				.isEqualTo(effect.get("after"));
		}
	}

	@Test
	void anEdifactOrderResponseShowsItsLinesAndTheControlMessage() throws Exception {
		aBookSupplierWithAnIssuedOrder("LIVE");
		String ordrsp = """
				UNA:+.? '
				UNB+UNOC:3+%s:ZZ+DISTHUB:ZZ+260127:1808+77%s++++1'
				UNH+1+ORDRSP:D:96A:UN'
				BGM+231+RSP-9+4+AC'
				DTM+137:202601271808:203'
				RFF+ON:%s'
				LIN+1+3+9780446360265:EN'
				QTY+21:3:PCE'
				QTY+113:2:PCE'
				DTM+67:20260215:102'
				LIN+2+7+9780767928427:EN'
				QTY+21:2:PCE'
				UNS+S'
				UNT+12+1'
				UNZ+1+77%s'
				""".formatted(sender, unique.substring(0, 3), po, unique.substring(0, 3)).replace("PCE", "UN");
		String before = liveData();

		var response = dryRun("?format=EDIFACT", "text/plain", ordrsp);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode report = JSON.readTree(response.body());
		assertThat(report.get("documentType").asString()).isEqualTo("ORDRSP");
		assertThat(report.get("documents")).as(response.body()).hasSize(1);
		assertThat(report.get("documents").get(0).get("lines").get(1).get("location").asString())
			.isEqualTo("message 1 (UNH 0062), line 2 (LIN at segment 9)");
		assertThat(texts(report.get("mappings"), "partner", "hub"))
			.contains("line 1 EN 9780446360265 -> SKU BOOK-9780446360265 on PO line 1");
		assertThat(effect(report, "1").get("after").get("quantity").asInt()).isEqualTo(2);
		assertThat(effect(report, "1").get("after").get("date").asString()).isEqualTo("2026-02-15");
		assertThat(effect(report, "3").get("changed").asBoolean()).isFalse();
		assertThat(report.get("answers").get(0).get("kind").asString()).isEqualTo("CONTRL");
		assertThat(report.get("answers").get(0).get("text").asString()).contains("UCI+77" + unique.substring(0, 3));
		Thread.sleep(1000);
		assertThat(liveData()).isEqualTo(before);
	}

	@Test
	void aCsvFileShowsEachRowAndTheReceiptTheApiWouldAnswer() throws Exception {
		aBookSupplierWithAnIssuedOrder("LIVE");
		String csv = "retailer_po,sku_id,quantity_accepted,quantity_rejected,quantity_backordered,backorder_date,supplier_po,notes\n"
				+ po + ",BOOK-9780446360265,2,1,0,,SO-1,\n" + po + ",BOOK-9780767928427,2,0,0,,SO-1,\n";
		String before = liveData();

		var response = dryRun("", "text/csv", csv);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode report = JSON.readTree(response.body());
		assertThat(report.get("format").asString()).isEqualTo("CSV");
		assertThat(report.get("documents").get(0).get("lines").get(1).get("location").asString()).isEqualTo("row 3");
		assertThat(effect(report, "1").get("after").get("status").asString()).contains("rejected 1");
		JsonNode answer = report.get("answers").get(0);
		assertThat(answer.get("kind").asString()).isEqualTo("API receipt");
		assertThat(answer.get("text").asString()).startsWith("HTTP 202").contains("\"status\" : \"APPLIED\"");
		Thread.sleep(1000);
		assertThat(liveData()).isEqualTo(before);
	}

	@Test
	void aJsonAcknowledgementWithAnUnknownItemIsAMappingProblemAtItsPath() throws Exception {
		aBookSupplierWithAnIssuedOrder("LIVE");
		String json = """
				{"acknowledgementId": "A-%s", "purchaseOrderNumber": "%s", "acknowledgedAt": "2026-11-27T12:00:00Z",
				 "items": [{"lineNumber": "1", "buyerProductIdentifier": "BOOK-9780446360265",
				            "acknowledgements": [{"code": "Accepted", "quantity": {"amount": 3, "unitOfMeasure": "EA"}}]},
				           {"vendorProductIdentifier": "NOT-IN-XREF",
				            "acknowledgements": [{"code": "Accepted", "quantity": {"amount": 2, "unitOfMeasure": "EA"}}]}]}"""
			.formatted(unique, po);
		String before = liveData();

		var response = dryRun("", "application/json", json);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode report = JSON.readTree(response.body());
		assertThat(report.get("format").asString()).isEqualTo("JSON");
		assertThat(report.get("passed").asBoolean()).isFalse();
		assertThat(report.get("status").asString()).isEqualTo("PARKED");
		assertThat(texts(report.get("problems"), "location", "source")).contains("$.items[1] -> mapping");
		assertThat(report.get("problems").toString()).contains("NOT-IN-XREF").contains("not in the cross-reference");
		assertThat(texts(report.get("mappings"), "partner", "hub"))
			.contains("line 1 BP BOOK-9780446360265 -> SKU BOOK-9780446360265 on PO line 1");
		assertThat(report.get("effects").valueStream().noneMatch(effect -> effect.get("changed").asBoolean()))
			.isTrue();
		Thread.sleep(1000);
		assertThat(liveData()).isEqualTo(before);
	}

	@Test
	void anUnknownItemInAnX12AcknowledgementIsLocatedBySegment() throws Exception {
		aBookSupplierWithAnIssuedOrder("LIVE");
		String ack = X12Builder.from(sender).control(61)
			.segment("BAK*00*AC*" + po + "*20261127")
			.segment("PO1*1*3*UN***VP*NOT-IN-XREF")
			.segment("ACK*IA*3*UN")
			.build();

		JsonNode report = JSON.readTree(dryRun("", "application/edi-x12", ack).body());

		assertThat(report.get("status").asString()).isEqualTo("PARKED");
		assertThat(report.get("problems").get(0).get("location").asString())
			.isEqualTo("transaction 0001 (ST02), line 1 (PO1 at segment 3)");
		assertThat(report.get("problems").get(0).get("message").asString()).contains("VP NOT-IN-XREF");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mapping_exception WHERE supplier_id = ?").param(supplier)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aBrokenX12InterchangeShowsItsProblemsBySegmentAndTheRejecting997() throws Exception {
		aBookSupplierWithAnIssuedOrder("LIVE");
		String broken = X12Builder.from(sender).control(62)
			.segment("BAK*00*AC*" + po + "*20261127")
			.segment("PO1*1*3*UN***EN*9780446360265")
			.segment("ACK*IA*3*UN*068*20261331")
			.build();
		String before = liveData();

		JsonNode report = JSON.readTree(dryRun("", "application/edi-x12", broken).body());

		assertThat(report.get("passed").asBoolean()).isFalse();
		assertThat(texts(report.get("problems"), "location", "source")).anyMatch(text -> text.contains("segment 4")
				&& text.contains("ACK") && text.endsWith("-> read"));
		String ack = report.get("answers").get(0).get("text").asString();
		assertThat(ack).contains("AK3*ACK*4").contains("AK4*5*373*8*20261331").contains("AK5*R");
		assertThat(report.get("groups").get(0).get("status").asString()).isEqualTo("R");
		Thread.sleep(1000);
		assertThat(liveData()).isEqualTo(before);
	}

	@Test
	void aMultipartUploadIsReadAsTheFormatAskedForAndKeepsItsFileName() throws Exception {
		aBookSupplierWithAnIssuedOrder("LIVE");
		String boundary = "dry-run-" + unique;
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"acme-855.txt\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + nodeX12Sample() + "\r\n--" + boundary + "--\r\n";

		var response = dryRun("?format=x12", "multipart/form-data; boundary=" + boundary, body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode report = JSON.readTree(response.body());
		assertThat(report.get("fileName").asString()).isEqualTo("acme-855.txt");
		assertThat(report.get("documentType").asString()).isEqualTo("855");
		assertThat(response.headers().firstValue("Location")).hasValue(
				"/api/v1/admin/suppliers/" + supplier + "/dry-runs/" + report.get("id").asLong());
		assertThat(dryRun("?format=XML", "text/plain", "x").statusCode()).isEqualTo(400);
	}

	@Test
	void onlyAnAdminRunsOrReadsDryRunsAndAnUnknownSupplierIsNotFound() throws Exception {
		var unknown = send(HttpRequest.newBuilder(uri("/api/v1/admin/suppliers/nobody-" + unique + "/dry-run"))
			.header("Authorization", basic("admin", "admin-secret-for-tests")).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n")));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		var anonymous = send(HttpRequest.newBuilder(uri("/api/v1/admin/suppliers/" + supplier + "/dry-runs")).GET());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		var operator = send(HttpRequest.newBuilder(uri("/api/v1/admin/suppliers/" + supplier + "/dry-run"))
			.header("Authorization", basic("operator", "operator-secret-for-tests")).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n")));
		assertThat(operator.statusCode()).isEqualTo(403);
		var page = send(HttpRequest.newBuilder(uri("/console/suppliers/" + supplier + "/dry-run"))
			.header("Authorization", basic("operator", "operator-secret-for-tests")).GET());
		assertThat(page.statusCode()).isEqualTo(403);
	}

	/** Every row a dry run could touch, but for its own record and its audit entry. */
	String liveData() {
		List<String> rows = new ArrayList<>();
		// The purchase order's own 850 in the outbox is delivered meanwhile: its entries are compared by id and kind.
		rows.add("outbox " + jdbc.sql("SELECT id, kind FROM partner_outbox WHERE supplier_id = ? ORDER BY id")
			.param(supplier).query().listOfRows());
		for (String table : List.of("purchase_order", "purchase_order_line", "inbound_message", "mapping_exception",
				"edi_control_number", "ship_notice")) {
			rows.add(table + jdbc.sql("SELECT * FROM " + table + " WHERE supplier_id = ?").param(supplier)
				.query().listOfRows());
		}
		rows.add("keys " + jdbc.sql("SELECT COUNT(*) FROM partner_message_key WHERE business_key LIKE ?")
			.param("%" + po + "%").query(Long.class).single());
		rows.add("publications " + jdbc.sql("""
				SELECT COUNT(*) FROM (SELECT id FROM event_publication WHERE serialized_event LIKE ?
				  UNION ALL SELECT id FROM event_publication_archive WHERE serialized_event LIKE ?) p""")
			.params("%" + po + "%", "%" + po + "%").query(Long.class).single());
		rows.add("publication keys " + jdbc.sql("SELECT COUNT(*) FROM publication_key WHERE business_key LIKE ?")
			.param("%" + po + "%").query(Long.class).single());
		rows.add("inbound " + jdbc.sql("SELECT quantity, delivery_date, kind FROM expected_inbound_entry WHERE po_number = ?")
			.param(po).query().listOfRows());
		rows.add("postings " + jdbc.sql("SELECT COUNT(*) FROM erp_posting WHERE business_key LIKE ?")
			.param("%" + po + "%").query(Long.class).single());
		rows.add("audit " + jdbc.sql("SELECT action, target FROM admin_audit WHERE target LIKE ? AND action <> 'DRY_RUN'")
			.param("%" + supplier + "%").query().listOfRows());
		return String.join("\n", rows);
	}

	/** Waits until the issued order's listeners (expected inbound, the ERP ledger) have done their work. */
	void settled() {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM expected_inbound_entry WHERE po_number = ?").param(po).query(Long.class)
			.single() > 0);
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?""")
			.param("%" + po + "%").query(Long.class).single() == 0);
	}

	long audits(String action) {
		return jdbc.sql("SELECT COUNT(*) FROM admin_audit WHERE action = ? AND target = ?").params(action, supplier)
			.query(Long.class).single();
	}

	static JsonNode effect(JsonNode report, String lineNumber) {
		return report.get("effects").valueStream()
			.filter(effect -> effect.get("lineNumber").asString().equals(lineNumber))
			.findFirst().orElseThrow(() -> new AssertionError("No line " + lineNumber + " in " + report.get("effects")));
	}

	static List<String> texts(JsonNode rows, String left, String right) {
		return rows.valueStream().map(row -> row.get(left).asString() + " -> " + row.get(right).asString()).toList();
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	HttpResponse<String> dryRun(String query, String contentType, String body) throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/v1/admin/suppliers/" + supplier + "/dry-run" + query))
			.header("Authorization", basic("admin", "admin-secret-for-tests"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/v1/admin/suppliers/" + supplier + path))
			.header("Authorization", basic("admin", "admin-secret-for-tests")).GET());
	}

	static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}
}
