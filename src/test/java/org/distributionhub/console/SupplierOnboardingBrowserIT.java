package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new supplier taken from nothing to live in the console alone, in a real headless Chromium: an ADMIN creates the
 * profile (a missing name is said next to its field), uploads its items, issues a key, sets the phase to LIVE, and
 * the onboarding checklist shows every step done. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierOnboardingBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final String id = "browser-" + UUID.randomUUID().toString().substring(0, 8);

	private HeadlessChromium chromium;
	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeAll
	void startChromium() throws IOException {
		chromium = HeadlessChromium.start();
		browser = chromium.browser();
		wait = chromium.waiting();
	}

	@AfterAll
	void stopChromium() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void anAdminTakesANewSupplierFromNothingToLive() throws IOException {
		signIn();
		browser.get(url("/console/suppliers"));
		click(By.id("new-supplier"));
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "New supplier"));
		type("supplier-id", id);
		new Select(browser.findElement(By.id("purchaseOrderChannel"))).selectByValue("X12");
		click(By.id("inbound-X12"));
		type("ediId", ediId());
		click(By.id("save-supplier"));
		assertThat(text(By.cssSelector(".field-problem[data-field='name']")))
			.isEqualTo("A supplier needs a name of 1 to 200 characters");
		screenshot("onboarding-refused");

		type("name", "Browser Supply");
		click(By.id("save-supplier"));
		wait.until(ExpectedConditions.urlToBe(url("/console/suppliers/" + id)));
		assertThat(done("identity")).isTrue();
		assertThat(done("key")).isFalse();
		assertThat(done("items")).isFalse();
		assertThat(done("live")).isFalse();

		click(By.id("open-items"));
		Path csv = Files.createTempFile("items-", ".csv");
		Files.writeString(csv, "supplier_part,sku,supplier_unit,factor\nBR-1,SKU-BR1,CA,12\nBR-2,SKU-BR2,EA,x\n"
				+ "BR-3,SKU-BR3,,\n");
		browser.findElement(By.id("items-file")).sendKeys(csv.toAbsolutePath().toString());
		click(By.id("upload-button"));
		assertThat(text(By.id("upload-accepted"))).isEqualTo("2 / 0 / 0");
		assertThat(text(By.id("upload-refused"))).isEqualTo("1");
		assertThat(text(By.id("refused-rows"))).contains("3", "factor", "BR-2", "'x' is not a number");
		screenshot("onboarding-items");
		Files.delete(csv);

		browser.get(url("/console/suppliers/" + id));
		type("label", "production");
		click(By.cssSelector("#issue-key button[type=submit]"));
		assertThat(text(By.id("new-api-key"))).startsWith("dh_");
		assertThat(done("key")).isTrue();
		assertThat(done("items")).isTrue();

		// What the dry-run harness keeps of a passed sample of each document type the supplier sends on X12.
		for (String documentType : new String[] { "855", "856" }) {
			jdbc.sql("INSERT INTO supplier_dry_run (supplier_id, document_type, format, passed, problem_count, ran_at,"
					+ " ran_by, report) VALUES (?, ?, 'X12', TRUE, 0, ?, 'admin', '{}')")
				.params(id, documentType, Timestamp.from(Instant.now()))
				.update();
		}

		browser.get(url("/console/suppliers/" + id));
		click(By.id("edit-profile"));
		new Select(browser.findElement(By.id("phase-select"))).selectByValue("LIVE");
		click(By.id("save-supplier"));
		wait.until(ExpectedConditions.urlToBe(url("/console/suppliers/" + id)));
		assertThat(text(By.cssSelector(".alert.success"))).isEqualTo("Saved the profile of " + id + ".");
		assertThat(browser.findElements(By.cssSelector("#onboarding ol.checklist li")))
			.extracting(it -> it.getAttribute("data-done"))
			.containsExactly("true", "true", "true", "true", "true");
		assertThat(text(By.id("checklist-state"))).isEqualTo("every step done");
		assertThat(text(By.id("checklist-live"))).contains("Live since");
		screenshot("onboarding-live");
	}

	private boolean done(String step) {
		return Boolean.parseBoolean(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checklist-" + step)))
			.getAttribute("data-done"));
	}

	private void signIn() {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-secret-for-tests");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains("/console"));
	}

	private void type(String field, String value) {
		WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(field)));
		input.clear();
		input.sendKeys(value);
	}

	private void click(By locator) {
		wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	private String text(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	private String ediId() {
		return id.toUpperCase().replace("-", "").substring(0, 15);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		var file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}
}
