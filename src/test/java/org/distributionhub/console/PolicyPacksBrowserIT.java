package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Policy packs in a real headless Chromium: an admin creates a pack, makes a supplier follow it with one setting
 * overridden, reads the policy in force on the supplier's page, issues an API key and reloads the page, which still
 * lists one key. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyPacksBrowserIT {

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String supplier = "browser-policy-" + run;
	private final String pack = "partner-" + run;

	@BeforeAll
	void aSupplier() throws Exception {
		var answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(console.url("/api/v1/admin/suppliers/" + supplier)))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("admin:admin-secret-for-tests".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("""
					{"name": "Browser Policy Supply", "purchaseOrderChannel": "CSV", "inboundChannels": ["CSV", "API"]}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
	}

	@Test
	void anAdminCreatesAPackAssignsItWithAnOverrideAndIssuesOneKeyThatAReloadDoesNotRepeat() throws IOException {
		console.signInAt("/console/suppliers", "admin", "admin-secret-for-tests");
		console.find(By.id("policy-packs-link")).click();
		console.until(ExpectedConditions.urlContains("/console/policy-packs"));
		assertThat(console.text(By.tagName("h1"))).isEqualTo("Policy packs");

		console.find(By.id("pack-name")).sendKeys(pack);
		console.find(By.id("pack-rate-limit")).sendKeys("25");
		console.find(By.cssSelector("#pack-allowed-channels input[value='CSV']")).click();
		console.find(By.cssSelector("#pack-allowed-channels input[value='API']")).click();
		console.find(By.id("pack-key-lifetime")).sendKeys("60d");
		console.find(By.id("pack-acknowledgement-due")).sendKeys("24h");
		console.find(By.id("save-pack")).click();
		console.until(ExpectedConditions.urlContains("/console/policy-packs/" + pack));
		assertThat(console.text(By.cssSelector(".alert.success"))).isEqualTo("Saved policy pack " + pack + ".");
		assertThat(console.text(By.cssSelector("#policy-packs tr[data-pack='" + pack + "']")))
			.contains("25", "API, CSV", "60d", "24h");
		console.screenshot("policy-packs");

		console.open("/console/suppliers/" + supplier);
		new Select(console.find(By.id("policy-pack"))).selectByValue(pack);
		console.find(By.id("override-max-message-size")).sendKeys("256KB");
		console.find(By.id("save-policy")).click();
		console.until(ExpectedConditions.textToBe(By.cssSelector(".alert.success"),
				"Saved the policy of supplier " + supplier + "."));
		assertThat(setting("rateLimit")).isEqualTo("25 requests per second | pack " + pack);
		assertThat(setting("maxMessageSize")).isEqualTo("256KB | supplier override");
		assertThat(setting("allowedChannels")).isEqualTo("API, CSV | pack " + pack);
		assertThat(setting("acknowledgementDue")).isEqualTo("24h | pack " + pack);
		assertThat(setting("addressAllowList")).isEqualTo("any address | hub default");

		console.find(By.id("label")).sendKeys("browser portal");
		console.submit(By.cssSelector("#issue-key button[type='submit']"));
		assertThat(console.text(By.id("new-api-key"))).matches("dh_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
		assertThat(console.findAll(By.cssSelector("#api-keys tbody tr"))).hasSize(1);
		assertThat(console.text(By.cssSelector("#api-keys tbody tr .key-status"))).isEqualTo("ACTIVE");
		console.screenshot("supplier-policy");

		console.browser().navigate().refresh();
		console.until(ExpectedConditions.presenceOfElementLocated(By.id("effective-policy")));
		assertThat(console.findAll(By.cssSelector("#api-keys tbody tr"))).hasSize(1);
		assertThat(console.findAll(By.id("new-api-key"))).isEmpty();
	}

	private String setting(String name) {
		var row = console.find(By.cssSelector("#effective-policy tr[data-setting='" + name + "']"));
		return row.findElement(By.cssSelector(".value")).getText() + " | "
				+ row.findElement(By.cssSelector(".source")).getText();
	}
}
