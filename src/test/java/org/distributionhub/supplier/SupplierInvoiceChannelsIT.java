package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.events.SupplierInvoiceRejected;
import org.distributionhub.supplier.exchange.application.SupplierProperties;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.distributionhub.supplier.partners.api.PartnerProfile;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.distributionhub.supplier.partners.ports.in.ManageApiKeys;
import org.distributionhub.supplier.partners.ports.out.PartnerProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Supplier invoices on every channel of the running hub: an 810 and an INVOIC over the partner API answered with a
 * 997 and a CONTRL, a JSON invoice answered with its receipt, a CSV invoice file dropped into the inbox; each kept
 * verbatim and handed to the invoice intake. A rejected invoice is answered on the channel that brought it: an 824,
 * an APERAK and a CSV file in the supplier's outbox folder, a webhook call to an API partner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hub.supplier.scheduling.enabled=true", "hub.supplier.inbox-poll-interval=200ms",
				"hub.supplier.outbox-poll-interval=200ms", "hub.supplier.inbox-settle-time=0s" })
class SupplierInvoiceChannelsIT {

	static final JsonMapper JSON = JsonMapper.builder().build();


	@LocalServerPort
	int port;

	@Autowired
	PartnerProfiles profiles;

	@Autowired
	ManageApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupplierProperties properties;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	final String supplier = "inv-" + UUID.randomUUID().toString().substring(0, 8);
	final String ediId = supplier.toUpperCase().replace("-", "");
	final ConcurrentLinkedQueue<String> webhookBodies = new ConcurrentLinkedQueue<>();
	HttpServer partner;
	String apiKey;

	@BeforeEach
	void aSupplierOnEveryChannelWithAWebhook() throws IOException {
		partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		partner.createContext("/hooks", exchange -> {
			webhookBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		partner.start();
		profiles.save(new PartnerProfile(supplier, "Invoicing supplier",
				Set.of(Channel.API, Channel.X12, Channel.EDIFACT, Channel.CSV), Channel.X12,
				new EdiIdentity("ZZ", ediId, ediId),
				URI.create("http://127.0.0.1:" + partner.getAddress().getPort() + "/hooks"), Duration.ofHours(48),
				RemainderPolicy.BACKORDER, Map.of(), List.of(), true));
		apiKey = keys.issue(new ManageApiKeys.IssueApiKeyCommand(supplier, "tests", "test")).apiKey();
	}

	@AfterEach
	void stopPartner() {
		partner.stop(0);
	}

	@Test
	void anX12InvoiceIsKeptAnsweredWithA997AndHandedToTheIntake() throws Exception {
		String invoice = X12Builder.from(ediId).control(810).set("IN", "810")
			.segment("BIG*20261201*INV-810**PO-1001***DI")
			.segment("CUR*SE*USD")
			.segment("IT1*1*10*EA*2.5**VP*VP-100")
			.segment("TDS*2500")
			.segment("CTT*1")
			.build();

		JsonNode receipt = accepted(api().post("/edi", "application/edi-x12", invoice));

		assertTakenInByTheIntake(receipt, "INV-810");
		assertKeptVerbatim(receipt, invoice);
		String ack = outboxText(receipt.get("functionalAckId").asString());
		assertThat(ack).contains("AK1*IN*810").contains("AK2*810*0001").contains("AK5*A").contains("AK9*A*1*1*1");
	}

	@Test
	void anEdifactInvoiceIsKeptAnsweredWithAContrlAndHandedToTheIntake() throws Exception {
		String invoice = """
				UNA:+.? '
				UNB+UNOC:3+%s:ZZ+DISTHUB:ZZ+261201:1200+811++++1'
				UNH+1+INVOIC:D:96A:UN'
				BGM+380+INV-811+9'
				DTM+137:20261201:102'
				RFF+ON:PO-1001'
				CUX+2:EUR:9'
				LIN+1++VP-100:SA'
				QTY+47:10:EA'
				PRI+AAA:2.5'
				UNS+S'
				MOA+77:25'
				UNT+11+1'
				UNZ+1+811'
				""".formatted(ediId);

		JsonNode receipt = accepted(api().post("/edi", "application/edifact", invoice));

		assertTakenInByTheIntake(receipt, "INV-811");
		assertKeptVerbatim(receipt, invoice);
		String contrl = outboxText(receipt.get("functionalAckId").asString());
		assertThat(contrl).contains("UNH+1+CONTRL").contains("INVOIC:D:96A:UN");
	}

	@Test
	void aJsonInvoiceIsKeptAnsweredWithItsReceiptAndBadOnesAreNamedByPath() throws Exception {
		String invoice = """
				{"invoiceNumber": "INV-JSON-1", "type": "invoice", "invoiceDate": "2026-12-01",
				 "purchaseOrderNumber": "PO-1001", "currencyCode": "EUR",
				 "lines": [{"lineNumber": "1", "vendorProductIdentifier": "VP-100",
				            "quantity": {"amount": 10, "unitOfMeasure": "EA"}, "unitPrice": 2.5}],
				 "totalAmount": 25}""";

		var response = api().post("/invoices", "application/json", invoice.getBytes(StandardCharsets.UTF_8), "inv-1");
		JsonNode receipt = accepted(response);
		assertTakenInByTheIntake(receipt, "INV-JSON-1");
		assertKeptVerbatim(receipt, invoice);
		var again = api().post("/invoices", "application/json", invoice.getBytes(StandardCharsets.UTF_8), "inv-1");
		assertThat(JSON.readTree(again.body()).get("trackingId").asString())
			.isEqualTo(receipt.get("trackingId").asString());

		var bad = api().post("/invoices", "application/json",
				"{\"invoiceNumber\": \"INV-JSON-2\", \"invoiceDate\": \"2026-12-01\", \"lines\": [{\"lineNumber\": \"1\", \"quantity\": {\"amount\": 1}}]}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(bad.body()).contains("$.lines[0].unitPrice");

		var acknowledgement = api().post("/invoices", "application/json",
				"{\"acknowledgementId\": \"A-1\", \"purchaseOrderNumber\": \"PO-1001\", \"items\": []}");
		assertThat(acknowledgement.statusCode()).isEqualTo(400);
		assertThat(acknowledgement.body()).contains("$.invoiceNumber").contains("acknowledgements go to /acknowledgements");
		var invoiceAsAcknowledgement = api().post("/acknowledgements", "application/json", invoice);
		assertThat(invoiceAsAcknowledgement.statusCode()).isEqualTo(400);
		assertThat(invoiceAsAcknowledgement.body()).contains("invoices go to /invoices");
	}

	@Test
	void anInvoiceWhoseLineAmountNoColumnCanHoldIsRefusedNamingItAndNothingIsKeptAsAnInvoice() throws Exception {
		String invoice = """
				{"invoiceNumber": "INV-HUGE", "type": "invoice", "invoiceDate": "2026-12-01",
				 "purchaseOrderNumber": "PO-1001", "currencyCode": "EUR",
				 "lines": [{"lineNumber": "1", "vendorProductIdentifier": "VP-100",
				            "quantity": {"amount": 1000000, "unitOfMeasure": "EA"}, "unitPrice": 1000000000}]}""";

		var response = api().post("/invoices", "application/json", invoice.getBytes(StandardCharsets.UTF_8), "huge");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("line 1: its amount (quantity x unit price)")
			.contains("amounts have at most 14");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM supplier_invoice WHERE supplier_id = ? AND invoice_number = ?")
			.params(supplier, "INV-HUGE")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCsvInvoiceIsTakenInOverTheApiAndAnAcknowledgementFileThereIsRefused() throws Exception {
		String csv = "invoice_number,invoice_date,po_number,supplier_part,quantity,unit_price\r\n"
				+ "INV-CSV-API,2026-12-01,PO-1001,VP-100,10,2.50\r\n";
		JsonNode receipt = accepted(api().post("/invoices", "text/csv", csv));
		assertTakenInByTheIntake(receipt, "INV-CSV-API");
		assertKeptVerbatim(receipt, csv);

		var acknowledgement = api().post("/invoices", "text/csv", "retailer_po,sku_id,quantity_accepted\nPO-1,SKU-1,1\n");
		assertThat(acknowledgement.statusCode()).isEqualTo(400);
		assertThat(acknowledgement.body()).contains("row 1").contains("invoice_number");
	}

	@Test
	void aCsvInvoiceFileInTheInboxIsTakenInAndArchived() throws Exception {
		Path inbox = properties.partnerFolders().resolve(supplier).resolve("inbox");
		Files.createDirectories(inbox);
		String csv = "invoice_number,invoice_date,type,po_number,line_number,supplier_part,quantity,unit,unit_price,currency\r\n"
				+ "INV-CSV-1,2026-12-01,invoice,PO-1001,1,VP-100,10,EA,2.50,EUR\r\n";
		Files.writeString(inbox.resolve("invoices-1.csv"), csv, StandardCharsets.UTF_8);

		await().atMost(Duration.ofSeconds(20)).until(() -> names(inbox.resolveSibling("archive"))
			.contains("invoices-1.csv"));
		var stored = jdbc.sql("SELECT status, summary, content FROM inbound_message WHERE supplier_id = ? AND file_name = ?")
			.params(supplier, "invoices-1.csv")
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), new String(rs.getBytes(3), StandardCharsets.UTF_8)))
			.single();
		assertThat(stored.get(0)).isEqualTo("APPLIED");
		assertThat(stored.get(2)).isEqualTo(csv);
		assertHeldForAnUnknownOrder("INV-CSV-1");
	}

	@Test
	void aRejectedInvoiceIsAnsweredOnTheChannelThatBroughtIt() throws Exception {
		reject("INV-X12", "X12");
		reject("INV-EDIFACT", "EDIFACT");
		reject("INV-CSV", "CSV");
		reject("INV-API", "JSON");

		Path outbox = properties.partnerFolders().resolve(supplier).resolve("outbox");
		await().atMost(Duration.ofSeconds(20)).until(() -> names(outbox).size() >= 3 && !webhookBodies.isEmpty());
		String x12 = file(outbox, "824-INV-X12-");
		assertThat(x12).contains("GS*AG*").contains("ST*824*0001").contains("OTI*IR*IV*INV-X12")
			.contains("REF*PO*PO-1001").contains("TED*ZZZ*Price differs from the order").contains("NTE*GEN*Price");
		String edifact = file(outbox, "APERAK-INV-EDIFACT-");
		assertThat(edifact).contains("UNH+1+APERAK:D:96A:UN").contains("BGM+305+").contains("RFF+IV:INV-EDIFACT")
			.contains("RFF+ON:PO-1001").contains("ERC+ZZZ").contains("FTX+AAO+++Price differs from the order");
		assertThat(file(outbox, "invoice-rejected-INV-CSV.csv"))
			.startsWith("invoice_number,po_number,status,reason,rejected_at\r\nINV-CSV,PO-1001,rejected,");
		JsonNode webhook = JSON.readTree(webhookBodies.peek());
		assertThat(webhook.get("eventType").asString()).isEqualTo("invoice.rejected");
		assertThat(webhook.get("invoiceNumber").asString()).isEqualTo("INV-API");
		assertThat(webhook.get("purchaseOrderNumber").asString()).isEqualTo("PO-1001");
		assertThat(webhook.get("reason").asString()).isEqualTo("Price differs from the order");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_outbox WHERE supplier_id = ? AND kind = 'INVOICE_REJECTION'")
			.param(supplier).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void theDryRunReadsInvoicesAndLocatesTheirLines() throws Exception {
		String x12 = X12Builder.from(ediId).control(812).set("IN", "810")
			.segment("BIG*20261201*INV-812**PO-1001")
			.segment("CUR*SE*USD")
			.segment("IT1*1*10*EA*2.5**VP*VP-100")
			.segment("TDS*2500")
			.segment("CTT*1")
			.build();
		JsonNode report = JSON.readTree(dryRun("application/edi-x12", x12).body());
		assertThat(report.get("documentType").asString()).isEqualTo("810");
		JsonNode document = report.get("documents").get(0);
		assertThat(document.get("kind").asString()).isEqualTo("INVOICE");
		assertThat(document.get("detail").asString()).contains("invoice INV-812").contains("total 25.00 USD");
		assertThat(document.get("lines").get(0).get("location").asString())
			.isEqualTo("transaction 0001 (ST02), line 1 (IT1 at segment 4)");

		String edifact = ("UNA:+.? 'UNB+UNOC:3+%s:ZZ+DISTHUB:ZZ+261201:1200+813'UNH+1+INVOIC:D:96A:UN'BGM+381+CN-813+9'"
				+ "RFF+IV:INV-812'LIN+1++VP-100:SA'QTY+47:1:EA'PRI+AAA:2.5'UNS+S'UNT+8+1'UNZ+1+813'").formatted(ediId);
		JsonNode invoic = JSON.readTree(dryRun("application/edifact", edifact).body());
		assertThat(invoic.get("documentType").asString()).isEqualTo("INVOIC");
		assertThat(invoic.get("documents").get(0).get("detail").asString()).contains("credit note CN-813")
			.contains("credits INV-812");
		assertThat(invoic.get("documents").get(0).get("lines").get(0).get("location").asString())
			.isEqualTo("message 1 (UNH 0062), line 1 (LIN at segment 4)");
	}

	private java.net.http.HttpResponse<String> dryRun(String contentType, String body) throws Exception {
		var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/admin/suppliers/" + supplier + "/dry-run"))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString("admin:admin-secret-for-tests".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", contentType)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return response;
	}

	private void reject(String invoice, String channel) {
		transactions.executeWithoutResult(status -> events.publishEvent(new SupplierInvoiceRejected(UUID.randomUUID(),
				CorrelationId.random(), supplier, invoice, "PO-1001", "Price differs from the order", "clerk", channel,
				null)));
	}

	/** The intake took the invoice in; PO-1001 is no order of ours, so it is kept and held for a person. */
	private void assertTakenInByTheIntake(JsonNode receipt, String invoiceNumber) {
		assertThat(receipt.get("status").asString()).isEqualTo("APPLIED");
		JsonNode document = receipt.get("documents").get(0);
		assertThat(document.get("kind").asString()).isEqualTo("INVOICE");
		assertThat(document.get("explanation").asString()).contains(invoiceNumber);
		assertHeldForAnUnknownOrder(invoiceNumber);
	}

	private void assertHeldForAnUnknownOrder(String invoiceNumber) {
		assertThat(jdbc.sql("SELECT status, hold_codes FROM supplier_invoice WHERE supplier_id = ? AND invoice_number = ?")
			.params(supplier, invoiceNumber)
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
			.single()).isEqualTo("HELD PO_UNKNOWN");
	}

	private void assertKeptVerbatim(JsonNode receipt, String sent) {
		byte[] stored = jdbc.sql("SELECT content FROM inbound_message WHERE id = ?")
			.param(UUID.fromString(receipt.get("trackingId").asString()))
			.query((rs, row) -> rs.getBytes(1))
			.single();
		assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo(sent);
	}

	private String outboxText(String id) {
		return jdbc.sql("SELECT content FROM partner_outbox WHERE id = ?").param(UUID.fromString(id))
			.query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8))
			.single();
	}

	private JsonNode accepted(java.net.http.HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return JSON.readTree(response.body());
	}

	private PartnerApi api() {
		return new PartnerApi(port, supplier, apiKey);
	}

	private static String file(Path folder, String prefix) throws IOException {
		Path match = names(folder).stream().filter(name -> name.startsWith(prefix)).findFirst()
			.map(folder::resolve).orElseThrow(() -> new AssertionError("No file " + prefix + "* in " + folder));
		return Files.readString(match, StandardCharsets.UTF_8);
	}

	private static List<String> names(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(path -> path.getFileName().toString()).toList();
		}
	}
}
