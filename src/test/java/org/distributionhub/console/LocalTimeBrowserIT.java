package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.platform.api.AdminAudit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A viewer in Kolkata (UTC+05:30) reads the audit trail in a real Chromium: each time shows in the browser's zone,
 * the UTC time stays in its title, and rows htmx swaps in by a filter are shown in local time too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalTimeBrowserIT {

	private static final ZoneId VIEWER = ZoneId.of("Asia/Kolkata");
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

	@Autowired
	AdminAudit audit;

	@BeforeAll
	void aViewerInKolkata() {
		((ChromeDriver) console.browser()).executeCdpCommand("Emulation.setTimezoneOverride",
				Map.of("timezoneId", VIEWER.getId()));
	}

	@Test
	void anAuditEntryShowsInTheViewersZoneWithUtcOnHover() {
		String marker = "local-time-" + UUID.randomUUID().toString().substring(0, 8);
		var entry = audit.record("admin", "LOCAL_TIME_CHECK", "target " + marker, "a reason", "done");
		Instant at = entry.occurredAt();
		console.signInAt("/console", "admin", "admin-secret-for-tests");

		console.open("/console/audit?text=" + marker);
		WebElement time = shownTime();
		assertThat(time.getAttribute("datetime")).isEqualTo(at.truncatedTo(ChronoUnit.SECONDS).toString());
		assertThat(time.getAttribute("title")).isEqualTo(SHOWN.withZone(ZoneOffset.UTC).format(at) + " UTC");
		assertThat(time.getText()).as("local time and the zone's short name (GMT+5:30 or IST, by locale)")
			.startsWith(SHOWN.withZone(VIEWER).format(at) + " ")
			.doesNotEndWith("UTC");

		var filter = console.find(By.name("action"));
		filter.findElement(By.cssSelector("option[value=LOCAL_TIME_CHECK]")).click();
		console.find(By.id("apply-audit-filter")).click();
		console.untilGone(time);
		console.until(ExpectedConditions.urlContains("action=LOCAL_TIME_CHECK"));
		assertThat(shownTime().getText()).startsWith(SHOWN.withZone(VIEWER).format(at) + " ");
		console.assertThePolicyBlockedNothing(
				"the Content-Security-Policy blocked nothing the console's scripts needed");
	}

	private WebElement shownTime() {
		return console.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#audit time[data-local]")));
	}
}
