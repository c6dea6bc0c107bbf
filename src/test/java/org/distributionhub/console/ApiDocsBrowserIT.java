package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The API page in a real headless Chromium: a signed-in auditor follows the console's "API" link to the browsable
 * contract, sees the operations of every API listed under the console's Content-Security-Policy (no violation in
 * the browser's log), and switches to the partner API. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsBrowserIT {

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

	@Test
	void aSignedInUserBrowsesTheOperationsOfEveryApiAndThePartnerApi() throws IOException {
		console.signInAt("/console", "auditor", "auditor-secret-for-tests");

		console.find(By.linkText("API")).click();
		console.until(ExpectedConditions.urlContains("/swagger-ui/"));
		console.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector(".opblock[id*='operations'], .opblock-summary-path[data-path='/api/v1/orders']")));
		String page = console.find(By.id("swagger-ui")).getText();
		assertThat(page).contains("Distribution Hub API", "/api/v1/orders", "/api/v1/purchase-orders",
				"/api/v1/warehouse/events", "/api/v1/suppliers/{supplierId}/acknowledgements");
		assertThat(console.findAll(By.cssSelector(".opblock")).size()).isGreaterThan(20);
		console.screenshot("api-docs-api-every");

		new Select(console.find(By.cssSelector(".topbar select"))).selectByVisibleText("Partner API");
		console.until(ExpectedConditions.invisibilityOfElementWithText(By.cssSelector(".opblock-summary-path"),
				"/api/v1/orders"));
		console.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
		assertThat(console.findAll(By.cssSelector(".opblock-summary-path")))
			.isNotEmpty()
			.allSatisfy(path -> assertThat(path.getText()).startsWith("/api/v1/suppliers/{supplierId}/"));
		console.screenshot("api-docs-api-partner");

		assertThat(console.log())
			.as("the browser's console: nothing refused by the Content-Security-Policy, nothing failed")
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy")
					|| entry.getMessage().contains("Refused to"));
	}
}
