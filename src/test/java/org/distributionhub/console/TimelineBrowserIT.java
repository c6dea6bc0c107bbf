package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.console.ports.in.FindTimeline;
import org.distributionhub.order.ports.in.OrderCommand;
import org.distributionhub.order.ports.in.PlaceOrder;
import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search box and the timeline page in a real headless Chromium: an auditor types an order id into the box at the
 * top of a console page and lands on the order's timeline, follows an entry's link to the order, then searches a key
 * that is both a PO number and a SKU and is told so. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	PlaceOrder place;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	FindTimeline timelines;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String orderId = "web:TB-" + run;
	private final String both = "AMB-" + run;

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

	/** An order for SKU {@code both}, and a purchase order numbered {@code both}: one key, two objects. */
	@BeforeAll
	void anOrderAndAPurchaseOrderSharingAKey() {
		String supplier = "tb-" + run;
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Browser supplier", List.of("X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", supplier.toUpperCase().replace("-", ""),
								supplier.toUpperCase().replace("-", "")),
						null, "48h", "CANCEL", Map.of(), true),
				"test", "timeline"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-" + run, both, null, "EA", "EA", "1"), "test"));
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, both, 0, LocalDate.of(2026, 12, 1), "MAIN", null,
				List.of(new IssuePurchaseOrderCommand.Line("1", both, new BigDecimal(10), "EA", null,
						LocalDate.of(2026, 12, 20)))));
		place.place(new OrderCommand("web", "TB-" + run, "CUST-" + run, "MAIN", null,
				List.of(new OrderCommand.Line(1, both, BigDecimal.valueOf(3), "EA", null, null))));
		await().atMost(Duration.ofSeconds(30)).until(() -> timelines.of(orderId).entries().stream()
			.anyMatch(entry -> entry.summary().startsWith("OrderPlaced")));
	}

	@Test
	void anAuditorSearchesAnOrderFromAnyPageFollowsItsTimelineAndIsToldWhenAKeyIsAmbiguous() throws IOException {
		browser.get(url("/console/audit"));
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys("auditor");
		browser.findElement(By.id("password")).sendKeys("auditor-secret-for-tests");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains("/console/audit"));

		search(orderId);
		wait.until(ExpectedConditions.urlContains("/console/timeline?key="));
		assertThat(text(By.id("timeline-key"))).isEqualTo(orderId);
		assertThat(text(By.id("recognised"))).isEqualTo("Recognised as a customer order.");
		assertThat(text(By.id("timeline"))).contains("Order " + orderId + " of CUST-" + run + " placed")
			.contains("OrderPlaced to ");
		assertThat(browser.findElement(By.cssSelector(".topbar form.search input")).getAttribute("value"))
			.isEqualTo(orderId);
		screenshot("timeline");

		String eventLink = browser.findElement(By.cssSelector("#timeline tr.entry[data-kind='event'] a"))
			.getAttribute("href");
		assertThat(eventLink).as("the event log is read in the event's time window").contains("from=", "to=");
		browser.get(eventLink);
		assertThat(text(By.cssSelector("#results table.events"))).contains("OrderPlaced");
		browser.navigate().back();
		wait.until(ExpectedConditions.urlContains("/console/timeline?key="));

		browser.findElement(By.cssSelector("#timeline tr.entry[data-kind='order'] a")).click();
		wait.until(ExpectedConditions.textToBe(By.id("order-id"), orderId));

		search(both);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-key"), both));
		assertThat(text(By.id("recognised"))).contains("matched more than one thing")
			.contains("purchase order")
			.contains("SKU");
		assertThat(text(By.id("timeline"))).contains("Purchase order " + both + " to tb-" + run + " taken in")
			.contains("OrderPlaced to ");
		screenshot("timeline-ambiguous");
		var story = timelines.of(both).entries();
		assertThat(story.stream().filter(entry -> entry.kind().equals("purchase-order")
				|| entry.summary().startsWith("PurchaseOrderIssued")).map(entry -> entry.correlationId()).distinct())
			.as("the purchase order and its event belong to one flow").hasSize(1);
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.as("the Content-Security-Policy blocked nothing the pages needed")
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
	}

	private void search(String key) {
		var box = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".topbar form.search input")));
		box.clear();
		box.sendKeys(key, Keys.ENTER);
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
