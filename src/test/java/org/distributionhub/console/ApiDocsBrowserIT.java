package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API page in a real headless Chromium: a signed-in auditor follows the console's "API" link to the browsable
 * contract, sees the operations of every API listed under the console's Content-Security-Policy (no violation in
 * the browser's log), and switches to the partner API. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

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
	void aSignedInUserBrowsesTheOperationsOfEveryApiAndThePartnerApi() throws IOException {
		browser.get(url("/console"));
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys("auditor");
		browser.findElement(By.id("password")).sendKeys("auditor-secret-for-tests");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains("/console"));

		browser.findElement(By.linkText("API")).click();
		wait.until(ExpectedConditions.urlContains("/swagger-ui/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector(".opblock[id*='operations'], .opblock-summary-path[data-path='/api/v1/orders']")));
		String page = browser.findElement(By.id("swagger-ui")).getText();
		assertThat(page).contains("Distribution Hub API", "/api/v1/orders", "/api/v1/purchase-orders",
				"/api/v1/warehouse/events", "/api/v1/suppliers/{supplierId}/acknowledgements");
		assertThat(browser.findElements(By.cssSelector(".opblock")).size()).isGreaterThan(20);
		screenshot("api-every");

		new Select(browser.findElement(By.cssSelector(".topbar select"))).selectByVisibleText("Partner API");
		wait.until(ExpectedConditions.invisibilityOfElementWithText(By.cssSelector(".opblock-summary-path"),
				"/api/v1/orders"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
		assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
			.isNotEmpty()
			.allSatisfy(path -> assertThat(path.getText()).startsWith("/api/v1/suppliers/{supplierId}/"));
		screenshot("api-partner");

		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.as("the browser's console: nothing refused by the Content-Security-Policy, nothing failed")
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy")
					|| entry.getMessage().contains("Refused to"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
				SCREENSHOTS.resolve("api-docs-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}
}
