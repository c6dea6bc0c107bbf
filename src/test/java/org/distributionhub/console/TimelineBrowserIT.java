package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The search box and the timeline page in a real headless Chromium: an auditor types an order id into the box at the
 * top of a console page and lands on the order's timeline, follows an entry's link to the order, then searches a key
 * that is both a PO number and a SKU and is told so. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineBrowserIT {

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

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
		console.signInAt("/console/audit", "auditor", "auditor-secret-for-tests");

		search(orderId);
		console.until(ExpectedConditions.urlContains("/console/timeline?key="));
		assertThat(console.text(By.id("timeline-key"))).isEqualTo(orderId);
		assertThat(console.text(By.id("recognised"))).isEqualTo("Recognised as a customer order.");
		assertThat(console.text(By.id("timeline"))).contains("Order " + orderId + " of CUST-" + run + " placed")
			.contains("OrderPlaced to ");
		assertThat(console.find(By.cssSelector(".topbar form.search input")).getAttribute("value"))
			.isEqualTo(orderId);
		console.screenshot("timeline");

		String eventLink = console.find(By.cssSelector("#timeline tr.entry[data-kind='event'] a"))
			.getAttribute("href");
		assertThat(eventLink).as("the event log is read in the event's time window").contains("from=", "to=");
		console.browser().get(eventLink);
		assertThat(console.text(By.cssSelector("#results table.events"))).contains("OrderPlaced");
		console.browser().navigate().back();
		console.until(ExpectedConditions.urlContains("/console/timeline?key="));

		console.find(By.cssSelector("#timeline tr.entry[data-kind='order'] a")).click();
		console.until(ExpectedConditions.textToBe(By.id("order-id"), orderId));

		search(both);
		console.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-key"), both));
		assertThat(console.text(By.id("recognised"))).contains("matched more than one thing")
			.contains("purchase order")
			.contains("SKU");
		assertThat(console.text(By.id("timeline"))).contains("Purchase order " + both + " to tb-" + run + " taken in")
			.contains("OrderPlaced to ");
		console.screenshot("timeline-ambiguous");
		var story = timelines.of(both).entries();
		assertThat(story.stream().filter(entry -> entry.kind().equals("purchase-order")
				|| entry.summary().startsWith("PurchaseOrderIssued")).map(entry -> entry.correlationId()).distinct())
			.as("the purchase order and its event belong to one flow").hasSize(1);
		console.assertThePolicyBlockedNothing("the Content-Security-Policy blocked nothing the pages needed");
	}

	private void search(String key) {
		var box = console.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".topbar form.search input")));
		box.clear();
		box.sendKeys(key, Keys.ENTER);
	}
}
