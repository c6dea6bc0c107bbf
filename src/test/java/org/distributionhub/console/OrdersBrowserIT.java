package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.distributionhub.console.adapters.in.web.FakeFindOrders;
import org.distributionhub.order.api.FindOrders.OrderSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;

/**
 * The Orders pages in a real headless Chromium: an auditor signs in, narrows the orders to the stuck ones without
 * reloading the page, and opens one order. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(FakeFindOrders.Beans.class)
class OrdersBrowserIT {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	FakeFindOrders orders;

	private Path profile;
	private ChromeDriverService service;
	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeAll
	void startChromium() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver); they never download a browser or a driver.");
		}
		profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium")), "profile-");
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterAll
	void stopChromium() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	@BeforeAll
	void someOrders() {
		var now = Instant.now();
		orders.clear();
		orders.add(new OrderSummary("O-SETTLED", "web", "SO-1", "CUST-1", "MAIN", "ALLOCATED",
				now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(2)), 1, null, null, false));
		orders.add(new OrderSummary("O-STUCK", "web", "SO-2", "CUST-2", "MAIN", "BACKORDERED",
				now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), 2, LocalDate.parse("2026-12-03"),
				"inbound PO-4711 due 2026-12-03", true));
	}

	@Test
	void anAuditorNarrowsTheOrdersToTheStuckOnesAndOpensOne() throws IOException {
		browser.get(url("/console/orders"));
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys("auditor");
		browser.findElement(By.id("password")).sendKeys("auditor-secret-for-tests");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains("/console/orders"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Orders");
		assertThat(text(By.cssSelector(".topbar nav a.active"))).isEqualTo("Orders");
		assertThat(browser.findElements(By.cssSelector("#orders tr.order[data-order='" + "O-STUCK" + "']")))
			.hasSize(1);
		screenshot("orders");

		((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");
		browser.findElement(By.id("stuck")).click();
		browser.findElement(By.id("apply-filter")).click();
		wait.until(ExpectedConditions.urlContains("stuck=true"));
		wait.until(driver -> driver.findElements(By.cssSelector("#orders tr.order[data-order='" + "O-SETTLED"
				+ "']")).isEmpty());
		assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;"))
			.isEqualTo(true);
		var row = browser.findElement(By.cssSelector("#orders tr.order[data-order='" + "O-STUCK" + "']"));
		assertThat(row.getText()).contains("inbound PO-4711 due 2026-12-03");

		row.findElement(By.linkText("O-STUCK")).click();
		wait.until(ExpectedConditions.textToBe(By.id("order-id"), "O-STUCK"));
		assertThat(text(By.id("lines"))).contains("unknown SKU <B-9>");
		screenshot("order");
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.as("the Content-Security-Policy blocked nothing the pages needed")
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
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
