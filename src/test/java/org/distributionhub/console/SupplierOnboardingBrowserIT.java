package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.distributionhub.supplier.X12Builder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * A new supplier taken from nothing to live in the console alone, in a real headless Chromium: an ADMIN creates the
 * profile (a missing name is said next to its field), uploads its items and issues a key; the ERP issues a purchase
 * order to it over the order API; the ADMIN dry-runs the supplier's sample 855 and ship notice and sees the change
 * the 855 would make to each PO line while the order stays as it was, then sets the phase to LIVE; the supplier
 * posts the same 855 file with its key over the partner API and the order now shows what the dry run said. The
 * onboarding checklist shows every step done with the go-live date. Screenshots land in target/screenshots.
 */
/**
 * A new supplier taken from nothing to live in the console alone, in a real headless Chromium: an ADMIN creates the
 * profile (a missing name is said next to its field), uploads its items, issues a key, sets the phase to LIVE, and
 * the onboarding checklist shows every step done. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierOnboardingBrowserIT {


	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The books of the public node-x12 855 sample: line, ISBN, quantity ordered. */
	private static final String[][] BOOKS = { { "1", "9780446360265", "3" }, { "2", "9780767928427", "2" },
			{ "3", "9780099599531", "1" }, { "4", "9780446360272", "2" } };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	private final String id = "browser-" + unique.toLowerCase();
	/** As long as the sample's sender, so its fixed-width ISA stays as it is. */
	private final String ediId = "E" + unique;
	private final String po = "POE2E" + unique;

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();



	@Test
	void anAdminTakesANewSupplierFromNothingToLive() throws Exception {
		console.signInAt("/console/suppliers", "admin", "admin-secret-for-tests");
		click(By.id("new-supplier"));
		console.until(ExpectedConditions.textToBe(By.tagName("h1"), "New supplier"));
		type("supplier-id", id);
		new Select(console.find(By.id("purchaseOrderChannel"))).selectByValue("X12");
		click(By.id("inbound-X12"));
		type("ediQualifier", "ZZ");
		type("ediId", ediId);
		click(By.id("save-supplier"));
		assertThat(console.text(By.cssSelector(".field-problem[data-field='name']")))
			.isEqualTo("A supplier needs a name of 1 to 200 characters");
		console.screenshot("onboarding-refused");

		type("name", "Browser Books");
		click(By.id("save-supplier"));
		console.until(ExpectedConditions.urlToBe(console.url("/console/suppliers/" + id)));
		assertThat(done("identity")).isTrue();
		assertThat(done("key")).isFalse();
		assertThat(done("items")).isFalse();
		assertThat(done("dry-run")).isFalse();
		assertThat(done("live")).isFalse();

		click(By.id("open-items"));
		StringBuilder items = new StringBuilder("supplier_part,sku,gtin,supplier_unit,our_unit,factor\n");
		for (String[] book : BOOKS) {
			items.append("ISBN-").append(book[1]).append(",BOOK-").append(book[1]).append(',').append(book[1])
				.append(",UN,EA,1\n");
		}
		items.append("ISBN-X,BOOK-X,,UN,EA,x\n");
		Path csv = Files.createTempFile("items-", ".csv");
		Files.writeString(csv, items);
		console.find(By.id("items-file")).sendKeys(csv.toAbsolutePath().toString());
		click(By.id("upload-button"));
		assertThat(console.text(By.id("upload-accepted"))).isEqualTo("4 / 0 / 0");
		assertThat(console.text(By.id("upload-refused"))).isEqualTo("1");
		assertThat(console.text(By.id("refused-rows"))).contains("6", "factor", "ISBN-X", "'x' is not a number");
		console.screenshot("onboarding-items");
		Files.delete(csv);

		console.open("/console/suppliers/" + id);
		type("label", "production");
		click(By.cssSelector("#issue-key button[type=submit]"));
		String apiKey = console.text(By.id("new-api-key")).strip();
		assertThat(apiKey).startsWith("dh_");
		assertThat(done("key")).isTrue();
		assertThat(done("items")).isTrue();

		// The ERP side: a purchase order for the four books goes to the new supplier over the order API.
		var issued = anOrderFromTheErp();
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		awaitSettled();
		console.open("/console/purchase-orders/" + id + "/" + po);
		assertThat(console.text(By.id("po-number"))).isEqualTo(po);
		assertThat(lineTexts()).hasSize(4).allSatisfy(line -> assertThat(line).contains("NO"));
		String before = purchaseOrder();

		// The supplier's sample 855, as a file, dry run in the console.
		Path ack = Files.createTempFile("acme-855-", ".edi");
		Files.writeString(ack, sample855(), StandardCharsets.US_ASCII);
		console.open("/console/suppliers/" + id);
		click(By.id("dry-run-link"));
		console.until(ExpectedConditions.urlContains("/dry-run"));
		console.find(By.id("file")).sendKeys(ack.toAbsolutePath().toString());
		click(By.id("run-dry-run"));
		console.until(ExpectedConditions.urlContains("/dry-runs/"));
		assertThat(console.text(By.id("verdict"))).isEqualTo("PASSED");
		String first = console.text(By.cssSelector("#changes tr[data-line='1']"));
		assertThat(first).contains(po).contains("BOOK-9780446360265").contains("3 EA → 3 EA")
			.contains("2026-12-20 → 2004-12-31").contains("NOT ACKNOWLEDGED → ACCEPTED");
		String second = console.text(By.cssSelector("#changes tr[data-line='2']"));
		assertThat(second).contains("BOOK-9780767928427").contains("4.5 → 15.99")
			.contains("NOT ACKNOWLEDGED → REJECTED, cancelled 2");
		assertThat(console.text(By.cssSelector("#changes tr[data-line='4']"))).contains("2 EA → 2 EA")
			.contains("2026-12-20 → 2004-12-31").contains("NOT ACKNOWLEDGED → ACCEPTED");
		assertThat(console.text(By.id("mappings"))).contains("SKU BOOK-9780446360265 on PO line 1");
		assertThat(console.text(By.id("answers"))).contains("997").contains("AK5*A");
		console.screenshot("onboarding-dry-run");

		Thread.sleep(1000);
		assertThat(purchaseOrder()).as("the dry run changed nothing").isEqualTo(before);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE supplier_id = ?").param(id)
			.query(Long.class).single()).isZero();
		console.open("/console/purchase-orders/" + id + "/" + po);
		assertThat(lineTexts()).hasSize(4).allSatisfy(line -> assertThat(line).contains("NO"));

		console.open("/console/suppliers/" + id);
		assertThat(console.text(By.cssSelector("#dry-run-samples tr[data-document-type='855']"))).contains("X12")
			.contains("PASSED");
		assertThat(done("dry-run")).as("the 856 has not been tried yet").isFalse();

		// The supplier's ship notice too: every document type it sends on X12 passes the dry run.
		console.open("/console/suppliers/" + id + "/dry-run");
		console.until(ExpectedConditions.visibilityOfElementLocated(By.id("sample"))).sendKeys(sample856());
		click(By.id("run-dry-run"));
		console.until(ExpectedConditions.urlContains("/dry-runs/"));
		assertThat(console.text(By.id("verdict"))).isEqualTo("PASSED");
		console.open("/console/suppliers/" + id);
		assertThat(done("dry-run")).isTrue();
		assertThat(done("live")).isFalse();
		assertThat(purchaseOrder()).isEqualTo(before);

		click(By.id("edit-profile"));
		new Select(console.until(ExpectedConditions.visibilityOfElementLocated(By.id("phase-select"))))
			.selectByValue("LIVE");
		click(By.id("save-supplier"));
		console.until(ExpectedConditions.urlToBe(console.url("/console/suppliers/" + id)));
		assertThat(console.text(By.cssSelector(".alert.success"))).isEqualTo("Saved the profile of " + id + ".");
		assertThat(console.findAll(By.cssSelector("#onboarding ol.checklist li")))
			.extracting(it -> it.getAttribute("data-done"))
			.containsExactly("true", "true", "true", "true", "true");
		assertThat(console.text(By.id("checklist-state"))).isEqualTo("every step done");
		assertThat(console.text(By.id("checklist-live"))).contains("Live since");
		assertThat(console.find(By.id("checklist-live")).findElements(By.tagName("time"))).hasSize(1);
		console.screenshot("onboarding-live");

		// Live, the supplier sends the same file with its key, and the order shows what the dry run said.
		var receipt = partnerPost(apiKey, Files.readAllBytes(ack));
		assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(202);
		assertThat(JSON.readTree(receipt.body()).get("status").asString()).as(receipt.body()).isEqualTo("APPLIED");
		Files.delete(ack);
		console.open("/console/purchase-orders/" + id + "/" + po);
		List<String> lines = lineTexts();
		assertThat(lines.get(0)).contains("BOOK-9780446360265").contains("YES").contains("ACCEPTED")
			.contains("3 EA on 2004-12-31");
		assertThat(lines.get(1)).contains("BOOK-9780767928427").contains("YES").contains("REJECTED")
			.contains("0 2 confirmed price 15.99");
		assertThat(lines.get(3)).contains("BOOK-9780446360272").contains("YES").contains("ACCEPTED")
			.contains("2 EA on 2004-12-31");
		assertThat(purchaseOrder()).isNotEqualTo(before);
		console.screenshot("onboarding-applied");
	}

	/** The public node-x12 855 sample, sent by the new supplier for its order. */
	private String sample855() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("samples/edi/x12-855-nodex12-1.edi")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("1556150", ediId)
				.replace("POTEST1112", po);
		}
	}

	/** A ship notice of the first book of the order. */
	private String sample856() {
		return X12Builder.from(ediId).control(6).set("SH", "856")
			.segment("BSN*00*SHP-" + unique + "*20261201*0800*0001")
			.segment("HL*1**S")
			.segment("DTM*011*20261201")
			.segment("HL*2*1*O")
			.segment("PRF*" + po)
			.segment("HL*3*2*I")
			.segment("LIN*1*EN*" + BOOKS[0][1])
			.segment("SN1**3*UN")
			.segment("CTT*1")
			.build();
	}

	private HttpResponse<String> anOrderFromTheErp() throws IOException, InterruptedException {
		StringBuilder lines = new StringBuilder();
		for (String[] book : BOOKS) {
			lines.append(lines.isEmpty() ? "" : ", ").append("""
					{"lineNumber": "%s", "sku": "BOOK-%s", "quantity": %s, "unit": "EA", "unitPrice": 4.5,
					 "requestedDate": "2026-12-20"}""".formatted(book[0], book[1], book[2]));
		}
		String body = """
				{"supplierId": "%s", "poNumber": "%s", "revision": 1, "orderDate": "2026-12-01", "shipTo": "DC-1",
				 "currency": "USD", "lines": [%s]}""".formatted(id, po, lines);
		return HTTP.send(HttpRequest.newBuilder(URI.create(console.url("/api/v1/purchase-orders")))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("operator:operator-secret-for-tests".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> partnerPost(String apiKey, byte[] file) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(console.url("/api/v1/suppliers/" + id + "/edi")))
			.header("Content-Type", "application/edi-x12")
			.header("X-Api-Key", apiKey)
			.POST(HttpRequest.BodyPublishers.ofByteArray(file))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Waits until the issued order's listeners (expected inbound, the ERP ledger) have done their work. */
	private void awaitSettled() {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?""")
			.param("%" + po + "%").query(Long.class).single() == 0);
	}

	/** The order as stored: its acknowledgement and every line. */
	private String purchaseOrder() {
		return jdbc.sql("SELECT acknowledged_at FROM purchase_order WHERE supplier_id = ? AND po_number = ?")
			.params(id, po).query().listOfRows()
				+ jdbc.sql("SELECT * FROM purchase_order_line WHERE supplier_id = ? AND po_number = ? ORDER BY position")
					.params(id, po).query().listOfRows().toString();
	}

	private List<String> lineTexts() {
		console.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lines tr.line")));
		return console.findAll(By.cssSelector("#lines tr.line")).stream().map(WebElement::getText).toList();
	}

	private boolean done(String step) {
		return Boolean.parseBoolean(console.until(ExpectedConditions.presenceOfElementLocated(By.id("checklist-" + step)))
			.getAttribute("data-done"));
	}


	private void type(String field, String value) {
		WebElement input = console.until(ExpectedConditions.visibilityOfElementLocated(By.id(field)));
		input.clear();
		input.sendKeys(value);
	}

	private void click(By locator) {
		console.until(ExpectedConditions.elementToBeClickable(locator)).click();
	}



}
