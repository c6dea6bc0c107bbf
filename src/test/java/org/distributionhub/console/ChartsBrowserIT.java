package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.console.ports.in.SampleBacklog;
import org.distributionhub.probesender.ProbeSender;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The charts in a real headless Chromium: the Activity page draws traffic and backlog on canvas from the operations
 * JSON and lists the supplier scorecards, a supplier's page draws its weekly trend, and the Content-Security-Policy
 * blocks nothing uPlot or the chart script needs (no inline script, no eval).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartsBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	ProbeSender sender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SampleBacklog backlog;

	@Autowired
	ManageSuppliers suppliers;

	private final String supplier = "chart-" + UUID.randomUUID().toString().substring(0, 8);
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
	void theActivityPageAndASuppliersScorecardDrawTheirChartsWithoutBreakingThePolicy() throws IOException {
		new Probes(sender, jdbc).completed("chart-" + supplier);
		backlog.sample();
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Chart supplier", List.of("API", "X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId(), ediId()), null, "24h", "CANCEL", Map.of(),
						true),
				"test", "set up for a test"));
		signIn("auditor", "auditor-secret-for-tests");

		browser.get(url("/console/activity"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Activity");
		for (String chart : List.of("throughput-chart", "backlog-chart", "backlog-age-chart")) {
			wait.until(ExpectedConditions.attributeToBe(By.id(chart), "data-rendered", "true"));
			assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
		}
		assertThat(browser.findElement(By.cssSelector("#throughput-chart .u-legend")).getText())
			.contains("Messages in", "Messages out", "Event publications", "ERP postings");
		assertThat(browser.findElement(By.id("scorecards")).getText()).contains(supplier);
		screenshot("activity");

		browser.findElement(By.linkText("Last 7 days")).click();
		wait.until(ExpectedConditions.urlContains("range=7d"));
		wait.until(ExpectedConditions.attributeToBe(By.id("throughput-chart"), "data-rendered", "true"));
		assertThat(browser.findElements(By.cssSelector("#throughput-chart canvas"))).isNotEmpty();

		browser.findElement(By.linkText(supplier)).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("scorecard-chart"), "data-rendered", "true"));
		assertThat(browser.findElements(By.cssSelector("#scorecard-chart canvas"))).isNotEmpty();
		assertThat(browser.findElement(By.id("scorecard-on-time")).getText()).isEqualTo("—");
		assertThat(browser.findElement(By.id("scorecard-parked")).getText()).isEqualTo("0 / 0");
		screenshot("supplier-scorecard");

		List<LogEntry> log = browser.manage().logs().get(LogType.BROWSER).getAll();
		assertThat(log).as("the Content-Security-Policy blocked nothing the charts needed")
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
		assertThat(log).as("no script error and no chart resource missing (the hub serves no favicon)")
			.noneMatch(entry -> entry.getLevel().getName().equals("SEVERE")
					&& !entry.getMessage().contains("/favicon.ico"));
	}

	private void signIn(String username, String password) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		var form = browser.findElement(By.id("sign-in"));
		form.click();
		wait.until(ExpectedConditions.stalenessOf(form));
	}

	private String ediId() {
		return supplier.toUpperCase().replace("-", "");
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
