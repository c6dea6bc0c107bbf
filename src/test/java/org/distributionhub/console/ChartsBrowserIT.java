package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.console.ports.in.SampleBacklog;
import org.distributionhub.probesender.ProbeSender;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The charts in a real headless Chromium: the Activity page draws traffic and backlog on canvas from the operations
 * JSON and lists the supplier scorecards, a supplier's page draws its weekly trend, and the Content-Security-Policy
 * blocks nothing uPlot or the chart script needs (no inline script, no eval).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartsBrowserIT {

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

	@Autowired
	ProbeSender sender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SampleBacklog backlog;

	@Autowired
	ManageSuppliers suppliers;

	private final String supplier = "chart-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void theActivityPageAndASuppliersScorecardDrawTheirChartsWithoutBreakingThePolicy() throws IOException {
		new Probes(sender, jdbc).completed("chart-" + supplier);
		backlog.sample();
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Chart supplier", List.of("API", "X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId(), ediId()), null, "24h", "CANCEL", Map.of(),
						true),
				"test", "set up for a test"));
		console.signInWith("auditor", "auditor-secret-for-tests");

		console.open("/console/activity");
		assertThat(console.find(By.tagName("h1")).getText()).isEqualTo("Activity");
		for (String chart : List.of("throughput-chart", "backlog-chart", "backlog-age-chart")) {
			console.until(ExpectedConditions.attributeToBe(By.id(chart), "data-rendered", "true"));
			assertThat(console.findAll(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
		}
		assertThat(console.find(By.cssSelector("#throughput-chart .u-legend")).getText())
			.contains("Messages in", "Messages out", "Event publications", "ERP postings");
		assertThat(console.find(By.id("scorecards")).getText()).contains(supplier);
		console.screenshot("activity");

		console.find(By.linkText("Last 7 days")).click();
		console.until(ExpectedConditions.urlContains("range=7d"));
		console.until(ExpectedConditions.attributeToBe(By.id("throughput-chart"), "data-rendered", "true"));
		assertThat(console.findAll(By.cssSelector("#throughput-chart canvas"))).isNotEmpty();

		console.find(By.linkText(supplier)).click();
		console.until(ExpectedConditions.attributeToBe(By.id("scorecard-chart"), "data-rendered", "true"));
		assertThat(console.findAll(By.cssSelector("#scorecard-chart canvas"))).isNotEmpty();
		assertThat(console.find(By.id("scorecard-on-time")).getText()).isEqualTo("—");
		assertThat(console.find(By.id("scorecard-parked")).getText()).isEqualTo("0 / 0");
		console.screenshot("supplier-scorecard");

		List<LogEntry> log = console.log();
		assertThat(log).as("the Content-Security-Policy blocked nothing the charts needed")
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
		assertThat(log).as("no script error and no chart resource missing (the hub serves no favicon)")
			.noneMatch(entry -> entry.getLevel().getName().equals("SEVERE")
					&& !entry.getMessage().contains("/favicon.ico"));
	}

	private String ediId() {
		return supplier.toUpperCase().replace("-", "");
	}
}
