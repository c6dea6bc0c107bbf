package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.api.MessageStatus;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test traffic and the answers of a commercial gateway, through the real partner API over HTTP: an X12 855 with ISA15
 * T, an EDIFACT ORDRSP with UNB 0035 1 and a production-flag file from a supplier still in TESTING are read, judged
 * and answered as test, and leave the purchase order, expected inbound and the ERP posting ledger untouched (a live
 * copy afterwards shows the same checks see a real change). A reused ISA13 with other content is a 409 with a TA1
 * 025; ISA14 1 gets a TA1; UNB 0031 1 gets a CONTRL; an 002001 interchange is answered in 002001.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerTestTrafficAndAnswersIT {

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
	FindPartnerMessages messages;

	@Autowired
	FindPostings postings;

	@Autowired
	JdbcClient jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);
	final String supplier = "tt-" + run;
	final String ediId = supplier.toUpperCase().replace("-", "");
	final String po = "PO-" + run;
	final String sku = "SKU-" + run;
	String apiKey;

	void aSupplierInPhaseWithAPurchaseOrder(String phase) {
		aSupplierInPhaseWithAPurchaseOrder(phase, "ZZ");
	}

	void aSupplierInPhaseWithAPurchaseOrder(String phase, String qualifier) {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Test traffic supplier", List.of("X12", "EDIFACT"), "X12",
						new SupplierProfileData.EdiIdentityData(qualifier, ediId, ediId), null, "48h", "CANCEL",
						Map.of(), true, phase, null, null),
				"test", "set up for a test"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-" + run, sku, null, "EA", "EA", "1"), "test"));
		apiKey = keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 11, 27), "MAIN", null,
				List.of(new IssuePurchaseOrderCommand.Line("1", sku, new BigDecimal(100), "EA", null,
						LocalDate.of(2027, 1, 10)))));
		await().atMost(Duration.ofSeconds(20)).until(() -> expectedInbound().equals(List.of("100@2027-01-10")));
	}

	String x855(int control, String quantity, String date) {
		return X12Builder.from(ediId).control(control)
			.segment("BAK*00*AC*" + po + "*20261127*****20261128")
			.segment("PO1*1*100*EA***VP*VP-" + run)
			.segment("ACK*IQ*" + quantity + "*EA*068*" + date)
			.build();
	}

	static String isa(String x12, int element, String value) {
		String[] parts = x12.substring(0, 105).split("\\*", -1);
		parts[element] = value;
		return String.join("*", parts) + x12.substring(105);
	}

	@Test
	void anX12TestInterchangeIsReadAndAnsweredAsTestAndChangesNothing() throws Exception {
		aSupplierInPhaseWithAPurchaseOrder("LIVE");
		String test855 = isa(x855(801, "60", "20270131"), 15, "T");

		var response = post("/edi", "application/edi-x12", test855);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		JsonNode receipt = JSON.readTree(response.body());
		assertThat(receipt.get("test").asBoolean()).isTrue();
		assertThat(receipt.get("status").asString()).isEqualTo("APPLIED");
		assertThat(receipt.get("summary").asString()).startsWith("Test traffic, nothing changed");
		assertThat(receipt.get("documents").get(0).get("explanation").asString()).startsWith("Test, nothing changed");
		assertThat(outboxFile("FUNCTIONAL_ACK")).contains("*0*T*>~").contains("AK5*A");
		assertThat(messages.messages(supplier, null, null, null, true, 0, 10).rows())
			.singleElement().satisfies(row -> assertThat(row.test()).isTrue());
		assertThat(messages.messages(supplier, null, null, null, false, 0, 10).rows()).isEmpty();

		liveDataIsUntouched();

		// The production interchange may carry the test one's control number: they are numbered apart.
		var live = post("/edi", "application/edi-x12", x855(801, "60", "20270131"));
		assertThat(live.statusCode()).as(live.body()).isEqualTo(202);
		assertThat(JSON.readTree(live.body()).get("test").asBoolean()).isFalse();
		assertThat(JSON.readTree(live.body()).get("status").asString()).isEqualTo("APPLIED");
		liveDataChangesTo("60@2027-01-31");
	}

	@Test
	void anEdifactTestInterchangeAskingForAnAcknowledgementGetsATestControlMessageAndChangesNothing() throws Exception {
		aSupplierInPhaseWithAPurchaseOrder("LIVE", "14");
		String ordrsp = """
				UNA:+.? '
				UNB+UNOC:3+%1$s:14+DISTHUB:ZZZ+261127:1200+%2$s++++1++%3$s'
				UNH+1+ORDRSP:D:96A:UN'
				BGM+231+RSP-%2$s+4'
				DTM+137:20261128:102'
				RFF+ON:%4$s'
				LIN+1+3'
				PIA+5+VP-%5$s:SA'
				QTY+21:60:PCE'
				UNS+S'
				UNT+9+1'
				UNZ+1+%2$s'
				""";
		var test = post("/edi", "application/edifact", ordrsp.formatted(ediId, "901", "1", po, run));
		assertThat(test.statusCode()).as(test.body()).isEqualTo(202);
		JsonNode receipt = JSON.readTree(test.body());
		assertThat(receipt.get("test").asBoolean()).isTrue();
		assertThat(receipt.get("functionalAckId").isNull()).isFalse();
		String contrl = outboxFile("FUNCTIONAL_ACK");
		assertThat(contrl).contains("UNH+1+CONTRL:D:3:UN'").contains("UCI+901+" + ediId + ":14+DISTHUB:ZZZ+7'")
			.contains("UCM+1+ORDRSP:D:96A:UN+7'").contains("++++++1'");

		liveDataIsUntouched();
	}

	@Test
	void aSupplierStillTestingIsTestTrafficWhateverItsEnvelopeSays() throws Exception {
		aSupplierInPhaseWithAPurchaseOrder("TESTING");

		var response = post("/edi", "application/edi-x12", x855(811, "60", "20270131"));
		JsonNode receipt = JSON.readTree(response.body());
		assertThat(receipt.get("test").asBoolean()).isTrue();
		assertThat(outboxFile("FUNCTIONAL_ACK")).contains("*0*T*>~");
		liveDataIsUntouched();
	}

	@Test
	void aReusedControlNumberWithOtherContentIsAConflictAnsweredWithTa1025() throws Exception {
		aSupplierInPhaseWithAPurchaseOrder("LIVE");
		var first = post("/edi", "application/edi-x12", x855(821, "60", "20270131"));
		assertThat(JSON.readTree(first.body()).get("status").asString()).isEqualTo("APPLIED");
		var again = post("/edi", "application/edi-x12", x855(821, "60", "20270131"));
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(JSON.readTree(again.body()).get("status").asString()).isEqualTo("DUPLICATE");

		var reused = post("/edi", "application/edi-x12", x855(821, "40", "20270215"));

		assertThat(reused.statusCode()).isEqualTo(409);
		assertThat(reused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(reused.body());
		assertThat(problem.get("controlNumber").asString()).isEqualTo("000000821");
		assertThat(problem.get("firstUsedAt").asString()).isNotBlank();
		assertThat(problem.get("firstTrackingId").asString())
			.isEqualTo(JSON.readTree(first.body()).get("trackingId").asString());
		assertThat(problem.get("detail").asString()).contains("000000821").contains("first used at");
		assertThat(outboxFile("INTERCHANGE_ACK")).contains("TA1*000000821*").contains("*R*025~");
		var refused = messages.messages(supplier, MessageStatus.REFUSED, null, null, 0, 10).rows();
		assertThat(refused).singleElement()
			.satisfies(row -> assertThat(row.summary()).contains("control number 000000821"));
		var stored = messages.receipt(UUID.fromString(problem.get("trackingId").asString())).orElseThrow();
		assertThat(stored.controlNumberReused()).isNotNull();
		assertThat(expectedInbound()).containsExactly("60@2027-01-31");
	}

	@Test
	void anAcknowledgementRequestGetsATa1AndAn002001InterchangeIsAnsweredIn002001() throws Exception {
		aSupplierInPhaseWithAPurchaseOrder("LIVE");
		String old = isa(isa(x855(831, "100", "20270110"), 12, "00200"), 14, "1")
			.replace("*X*004010~", "*X*002001~").replace("*20261127*1200*831*", "*261127*1200*831*");

		var response = post("/edi", "application/edi-x12", old);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(JSON.readTree(response.body()).get("interchangeAckId").isNull()).isFalse();
		assertThat(outboxFile("INTERCHANGE_ACK")).contains("*U*00200*").contains("TA1*000000831*261127*1200*A*000~");
		assertThat(outboxFile("FUNCTIONAL_ACK")).contains("*U*00200*").contains("*X*002001~").contains("AK1*PR*831~");
	}

	@Test
	void anEnvelopeErrorGetsATa1WithItsNoteCode() throws Exception {
		aSupplierInPhaseWithAPurchaseOrder("LIVE");
		String broken = x855(841, "100", "20270110").replace("IEA*1*000000841", "IEA*1*000000842");

		var response = post("/edi", "application/edi-x12", broken);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(outboxFile("INTERCHANGE_ACK")).contains("TA1*000000841*").contains("*E*001~");
	}

	void liveDataIsUntouched() throws InterruptedException {
		assertThat(acknowledgedEvents()).isZero();
		assertThat(jdbc.sql("SELECT acknowledged_at FROM purchase_order WHERE supplier_id = ? AND po_number = ?")
			.params(supplier, po).query(String.class).optional()).isEmpty();
		// Give listeners the time they would need, then check what they own.
		Thread.sleep(1500);
		assertThat(expectedInbound()).containsExactly("100@2027-01-10");
		assertThat(postings.byBusinessKey("PO:" + po))
			.noneSatisfy(posting -> assertThat(posting.type()).isEqualTo("PO_ACKNOWLEDGEMENT_UPDATE"));
	}

	void liveDataChangesTo(String inbound) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(expectedInbound()).containsExactly(inbound);
			assertThat(postings.byBusinessKey("PO:" + po))
				.anySatisfy(posting -> assertThat(posting.type()).isEqualTo("PO_ACKNOWLEDGEMENT_UPDATE"));
		});
		assertThat(acknowledgedEvents()).isEqualTo(1);
	}

	List<String> expectedInbound() {
		return jdbc.sql("""
				SELECT e.quantity, e.delivery_date FROM expected_inbound_entry e
				WHERE e.supplier_id = ? AND e.po_number = ? AND e.kind = 'PLANNED' ORDER BY e.delivery_date""")
			.params(supplier, po)
			.query((rs, row) -> rs.getBigDecimal(1).stripTrailingZeros().toPlainString() + "@" + rs.getString(2))
			.list();
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

	/** The newest outbox document of that kind (the list is newest first), as the partner pulls it. */
	String outboxFile(String kind) throws Exception {
		var outbox = JSON.readTree(get("/outbox").body());
		String id = outbox.valueStream().filter(entry -> entry.get("kind").asString().equals(kind))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + kind + " in the outbox: " + outbox))
			.get("id").asString();
		return get("/outbox/" + id).body();
	}

	PartnerApi api() {
		return new PartnerApi(port, supplier, apiKey);
	}

	HttpResponse<String> post(String path, String contentType, String body) throws Exception {
		return api().post(path, contentType, body);
	}

	HttpResponse<String> get(String path) throws Exception {
		return api().get(path);
	}
}
