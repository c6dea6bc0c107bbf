package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Policy packs in a real headless Chromium: an admin creates a pack, makes a supplier follow it with one setting
 * overridden, reads the policy in force on the supplier's page, issues an API key and reloads the page, which still
 * lists one key. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyPacksBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String supplier = "browser-policy-" + run;
	private final String pack = "partner-" + run;
	private HeadlessChromium chromium;
	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeAll
	void aSupplierAndChromium() throws Exception {
		var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/admin/suppliers/"
				+ supplier)))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("admin:admin-secret-for-tests".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("""
					{"name": "Browser Policy Supply", "purchaseOrderChannel": "CSV", "inboundChannels": ["CSV", "API"]}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
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
	void anAdminCreatesAPackAssignsItWithAnOverrideAndIssuesOneKeyThatAReloadDoesNotRepeat() throws IOException {
		browser.get(url("/console/suppliers"));
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-secret-for-tests");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains("/console/suppliers"));
		browser.findElement(By.id("policy-packs-link")).click();
		wait.until(ExpectedConditions.urlContains("/console/policy-packs"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Policy packs");

		browser.findElement(By.id("pack-name")).sendKeys(pack);
		browser.findElement(By.id("pack-rate-limit")).sendKeys("25");
		browser.findElement(By.cssSelector("#pack-allowed-channels input[value='CSV']")).click();
		browser.findElement(By.cssSelector("#pack-allowed-channels input[value='API']")).click();
		browser.findElement(By.id("pack-key-lifetime")).sendKeys("60d");
		browser.findElement(By.id("pack-acknowledgement-due")).sendKeys("24h");
		browser.findElement(By.id("save-pack")).click();
		wait.until(ExpectedConditions.urlContains("/console/policy-packs/" + pack));
		assertThat(text(By.cssSelector(".alert.success"))).isEqualTo("Saved policy pack " + pack + ".");
		assertThat(text(By.cssSelector("#policy-packs tr[data-pack='" + pack + "']"))).contains("25", "API, CSV",
				"60d", "24h");
		screenshot("policy-packs");

		browser.get(url("/console/suppliers/" + supplier));
		new Select(browser.findElement(By.id("policy-pack"))).selectByValue(pack);
		browser.findElement(By.id("override-max-message-size")).sendKeys("256KB");
		browser.findElement(By.id("save-policy")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector(".alert.success"),
				"Saved the policy of supplier " + supplier + "."));
		assertThat(setting("rateLimit")).isEqualTo("25 requests per second | pack " + pack);
		assertThat(setting("maxMessageSize")).isEqualTo("256KB | supplier override");
		assertThat(setting("allowedChannels")).isEqualTo("API, CSV | pack " + pack);
		assertThat(setting("acknowledgementDue")).isEqualTo("24h | pack " + pack);
		assertThat(setting("addressAllowList")).isEqualTo("any address | hub default");

		browser.findElement(By.id("label")).sendKeys("browser portal");
		var form = browser.findElement(By.id("issue-key"));
		form.findElement(By.cssSelector("button[type='submit']")).click();
		wait.until(ExpectedConditions.stalenessOf(form));
		assertThat(text(By.id("new-api-key"))).matches("dh_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
		assertThat(browser.findElements(By.cssSelector("#api-keys tbody tr"))).hasSize(1);
		assertThat(text(By.cssSelector("#api-keys tbody tr .key-status"))).isEqualTo("ACTIVE");
		screenshot("supplier-policy");

		browser.navigate().refresh();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("effective-policy")));
		assertThat(browser.findElements(By.cssSelector("#api-keys tbody tr"))).hasSize(1);
		assertThat(browser.findElements(By.id("new-api-key"))).isEmpty();
	}

	private String setting(String name) {
		var row = browser.findElement(By.cssSelector("#effective-policy tr[data-setting='" + name + "']"));
		return row.findElement(By.cssSelector(".value")).getText() + " | "
				+ row.findElement(By.cssSelector(".source")).getText();
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
