package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;

import org.distributionhub.probesender.ProbeSender;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
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

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

	@Autowired
	ProbeSender sender;

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private Probes probes;

	@BeforeAll
	void probes() {
		probes = new Probes(sender, jdbc);
	}

	@Test
	@Order(1)
	void aWrongPasswordIsRefusedAndTheRightOneOpensThePageAskedFor() throws IOException {
		console.open("/console/events");
		console.until(ExpectedConditions.urlContains("/login"));

		console.signInWith("admin", "not-the-password");
		assertThat(console.text(By.cssSelector(".alert.error"))).isEqualTo("Wrong username or password.");
		console.screenshot("login");

		console.signInWith("admin", "admin-secret-for-tests");
		console.until(ExpectedConditions.urlContains("/console/events"));
		assertThat(console.text(By.tagName("h1"))).isEqualTo("Event log");
		assertThat(console.text(By.cssSelector(".topbar .user"))).isEqualTo("admin");
	}

	@Test
	@Order(2)
	void theEventLogShowsAProbeAndFilteringByPayloadNarrowsItWithoutReloadingThePage() throws IOException {
		String marker = "browser-" + run;
		probes.completed("unrelated-" + run);
		var id = probes.completed(marker);

		console.open("/console/events");
		assertThat(console.findAll(By.cssSelector("#results tr.entry")).size()).isGreaterThanOrEqualTo(2);
		console.markThePage();

		console.find(By.name("text")).sendKeys(marker + "\n");
		console.until(ExpectedConditions.textToBe(By.cssSelector("#results .count"), "1–1 of 1"));
		assertThat(console.stillTheSamePage()).isEqualTo(true);
		assertThat(console.browser().getCurrentUrl()).contains("text=" + marker);

		var rows = console.findAll(By.cssSelector("#results tr.entry"));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getText()).contains("ProbeSent", Probes.LISTENER, "COMPLETED");
		WebElement payload = console.find(By.cssSelector("#results tr.payload"));
		assertThat(payload.isDisplayed()).isFalse();
		rows.get(0).click();
		console.until(ExpectedConditions.visibilityOf(payload));
		assertThat(payload.getText()).contains(id.toString()).contains("\"payload\" : \"" + marker + "\"");
		assertThat(payload.findElement(By.tagName("pre")).getText()).contains("\n  \"");
		console.screenshot("event-log");

		console.find(By.name("text")).clear();
		console.find(By.id("apply-filter")).click();
		console.until(
				ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector("#results .count"), "1–1 of 1")));
		console.assertThePolicyBlockedNothing(
				"the Content-Security-Policy blocked nothing htmx or the console's script needed");
	}

	@Test
	@Order(3)
	void anOperatorResubmitsADeadLetterWithAReasonAndTheAuditTrailSaysWhoAndWhy() throws IOException {
		var deadLetter = probes.deadLettered("browser-dead-" + run);
		String reason = "Receiver fixed in browser run " + run;
		console.signOut();
		console.signInWith("operator", "operator-secret-for-tests");
		console.until(ExpectedConditions.urlContains("/console"));
		assertThat(console.text(By.tagName("h1"))).isEqualTo("Operations");
		console.screenshot("dashboard");

		console.open("/console/deliveries?status=DEAD_LETTERED");
		assertThat(console.text(By.id("results"))).contains(deadLetter.toString().substring(0, 8));
		assertThat(console.findAll(By.id("resubmit-filtered"))).hasSize(1);
		console.screenshot("deliveries");

		console.find(By.linkText(deadLetter.toString().substring(0, 8))).click();
		console.until(ExpectedConditions.textToBe(By.id("publication-id"), deadLetter.toString()));
		console.screenshot("delivery");
		console.find(By.id("reason")).sendKeys(reason);
		console.find(By.id("resubmit")).click();
		console.until(ExpectedConditions.textToBe(By.cssSelector(".alert.success"), "Resubmitted 1 delivery."));

		console.find(By.linkText("Audit trail")).click();
		console.until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
		var entry = console.findAll(By.cssSelector("#audit tbody tr"))
			.stream()
			.filter(row -> row.findElement(By.cssSelector("td.reason")).getText().equals(reason))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No audit entry with the reason '" + reason + "'"));
		assertThat(entry.findElement(By.cssSelector("td.actor")).getText()).isEqualTo("operator");
		assertThat(entry.getText()).contains("RESUBMIT_DELIVERIES", "1 resubmitted");
		console.screenshot("audit-trail");
	}

	@Test
	@Order(4)
	void anAuditorSeesNoResubmitButtonAndAForgedResubmitIsRefused() {
		var deadLetter = probes.deadLettered("browser-audited-" + run);
		console.signOut();
		console.signInWith("auditor", "auditor-secret-for-tests");
		console.until(ExpectedConditions.urlContains("/console"));

		console.open("/console/deliveries/" + deadLetter);
		assertThat(console.text(By.id("publication-id"))).isEqualTo(deadLetter.toString());
		assertThat(console.findAll(By.id("resubmit"))).isEmpty();
		assertThat(console.findAll(By.tagName("form"))).allSatisfy(
				form -> assertThat(form.getAttribute("action")).doesNotContain("resubmit"));
		console.open("/console/deliveries?status=DEAD_LETTERED");
		assertThat(console.findAll(By.id("resubmit-filtered"))).isEmpty();

		Object status = ((JavascriptExecutor) console.browser()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const token = document.querySelector('meta[name="_csrf"]').content;
				const header = document.querySelector('meta[name="_csrf_header"]').content;
				fetch(arguments[0], { method: 'POST', redirect: 'manual',
				    headers: { [header]: token, 'Content-Type': 'application/x-www-form-urlencoded' },
				    body: 'reason=forged+by+an+auditor' })
				  .then(response => done(response.status), error => done(String(error)));
				""", console.url("/console/deliveries/" + deadLetter + "/resubmit"));

		assertThat(status).isEqualTo(403L);
		assertThat(probes.isDeadLettered(deadLetter)).isTrue();
		assertThat(probes.auditEntriesNaming(deadLetter)).isZero();
	}
}
