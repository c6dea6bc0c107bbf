package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.distributionhub.probesender.ProbeSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console in a real headless Chromium against the running hub: sign-in, the event log narrowed by htmx, an
 * operator resubmitting a dead letter, and an auditor who can neither see nor forge a resubmission. The scenarios
 * run in order in one browser; screenshots of the main pages land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	ProbeSender sender;

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private Probes probes;
	private HeadlessChromium chromium;
	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeAll
	void startChromium() throws IOException {
		probes = new Probes(sender, jdbc);
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
	@Order(1)
	void aWrongPasswordIsRefusedAndTheRightOneOpensThePageAskedFor() throws IOException {
		browser.get(url("/console/events"));
		wait.until(ExpectedConditions.urlContains("/login"));

		signInWith("admin", "not-the-password");
		assertThat(text(By.cssSelector(".alert.error"))).isEqualTo("Wrong username or password.");
		screenshot("login");

		signInWith("admin", "admin-secret-for-tests");
		wait.until(ExpectedConditions.urlContains("/console/events"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Event log");
		assertThat(text(By.cssSelector(".topbar .user"))).isEqualTo("admin");
	}

	@Test
	@Order(2)
	void theEventLogShowsAProbeAndFilteringByPayloadNarrowsItWithoutReloadingThePage() throws IOException {
		String marker = "browser-" + run;
		probes.completed("unrelated-" + run);
		var id = probes.completed(marker);

		browser.get(url("/console/events"));
		assertThat(browser.findElements(By.cssSelector("#results tr.entry")).size()).isGreaterThanOrEqualTo(2);
		((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");

		browser.findElement(By.name("text")).sendKeys(marker + "\n");
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#results .count"), "1–1 of 1"));
		assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;"))
			.isEqualTo(true);
		assertThat(browser.getCurrentUrl()).contains("text=" + marker);

		var rows = browser.findElements(By.cssSelector("#results tr.entry"));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getText()).contains("ProbeSent", Probes.LISTENER, "COMPLETED");
		WebElement payload = browser.findElement(By.cssSelector("#results tr.payload"));
		assertThat(payload.isDisplayed()).isFalse();
		rows.get(0).click();
		wait.until(ExpectedConditions.visibilityOf(payload));
		assertThat(payload.getText()).contains(id.toString()).contains("\"payload\" : \"" + marker + "\"");
		assertThat(payload.findElement(By.tagName("pre")).getText()).contains("\n  \"");
		screenshot("event-log");

		browser.findElement(By.name("text")).clear();
		browser.findElement(By.id("apply-filter")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector("#results .count"), "1–1 of 1")));
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.as("the Content-Security-Policy blocked nothing htmx or the console's script needed")
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
	}

	@Test
	@Order(3)
	void anOperatorResubmitsADeadLetterWithAReasonAndTheAuditTrailSaysWhoAndWhy() throws IOException {
		var deadLetter = probes.deadLettered("browser-dead-" + run);
		String reason = "Receiver fixed in browser run " + run;
		signOut();
		signInWith("operator", "operator-secret-for-tests");
		wait.until(ExpectedConditions.urlContains("/console"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Operations");
		screenshot("dashboard");

		browser.get(url("/console/deliveries?status=DEAD_LETTERED"));
		assertThat(text(By.id("results"))).contains(deadLetter.toString().substring(0, 8));
		assertThat(browser.findElements(By.id("resubmit-filtered"))).hasSize(1);
		screenshot("deliveries");

		browser.findElement(By.linkText(deadLetter.toString().substring(0, 8))).click();
		wait.until(ExpectedConditions.textToBe(By.id("publication-id"), deadLetter.toString()));
		screenshot("delivery");
		browser.findElement(By.id("reason")).sendKeys(reason);
		browser.findElement(By.id("resubmit")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector(".alert.success"), "Resubmitted 1 delivery."));

		browser.findElement(By.linkText("Audit trail")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
		var entry = browser.findElements(By.cssSelector("#audit tbody tr"))
			.stream()
			.filter(row -> row.findElement(By.cssSelector("td.reason")).getText().equals(reason))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No audit entry with the reason '" + reason + "'"));
		assertThat(entry.findElement(By.cssSelector("td.actor")).getText()).isEqualTo("operator");
		assertThat(entry.getText()).contains("RESUBMIT_DELIVERIES", "1 resubmitted");
		screenshot("audit-trail");
	}

	@Test
	@Order(4)
	void anAuditorSeesNoResubmitButtonAndAForgedResubmitIsRefused() {
		var deadLetter = probes.deadLettered("browser-audited-" + run);
		signOut();
		signInWith("auditor", "auditor-secret-for-tests");
		wait.until(ExpectedConditions.urlContains("/console"));

		browser.get(url("/console/deliveries/" + deadLetter));
		assertThat(text(By.id("publication-id"))).isEqualTo(deadLetter.toString());
		assertThat(browser.findElements(By.id("resubmit"))).isEmpty();
		assertThat(browser.findElements(By.tagName("form"))).allSatisfy(
				form -> assertThat(form.getAttribute("action")).doesNotContain("resubmit"));
		browser.get(url("/console/deliveries?status=DEAD_LETTERED"));
		assertThat(browser.findElements(By.id("resubmit-filtered"))).isEmpty();

		Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const token = document.querySelector('meta[name="_csrf"]').content;
				const header = document.querySelector('meta[name="_csrf_header"]').content;
				fetch(arguments[0], { method: 'POST', redirect: 'manual',
				    headers: { [header]: token, 'Content-Type': 'application/x-www-form-urlencoded' },
				    body: 'reason=forged+by+an+auditor' })
				  .then(response => done(response.status), error => done(String(error)));
				""", url("/console/deliveries/" + deadLetter + "/resubmit"));

		assertThat(status).isEqualTo(403L);
		assertThat(probes.isDeadLettered(deadLetter)).isTrue();
		assertThat(probes.auditEntriesNaming(deadLetter)).isZero();
	}

	private void signInWith(String username, String password) {
		if (!browser.getCurrentUrl().contains("/login")) {
			browser.get(url("/login"));
		}
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		var form = browser.findElement(By.id("sign-in"));
		form.click();
		wait.until(ExpectedConditions.stalenessOf(form));
	}

	private void signOut() {
		var button = browser.findElement(By.cssSelector(".topbar .who button"));
		button.click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

	private String text(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
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
