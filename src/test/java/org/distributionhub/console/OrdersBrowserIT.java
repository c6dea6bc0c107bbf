package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.order.api.FindOrders;
import org.distributionhub.order.events.StockBackordered;
import org.distributionhub.order.events.StockBackordered.BackorderedLine;
import org.distributionhub.order.events.StockReserved;
import org.distributionhub.order.events.StockReserved.ReservedLine;
import org.distributionhub.order.ports.in.OrderCommand;
import org.distributionhub.order.ports.in.PlaceOrder;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Orders pages in a real headless Chromium over real orders: an auditor signs in, narrows the orders to the stuck
 * ones without reloading the page, and opens one order. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersBrowserIT {

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

	/** Above any version the real Inventory module gives these made-up SKUs (it refuses them as unknown). */
	static final long ANSWER_VERSION = 100;

	@Autowired
	PlaceOrder place;

	@Autowired
	FindOrders orders;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	private final String run = UUID.randomUUID().toString().substring(0, 8);
	private final String settled = "web:SO-" + run + "-1";
	private final String stuck = "web:SO-" + run + "-2";

	/** A settled order (wholly reserved) and a stuck one (waiting for inbound), placed through the primary port. */
	@BeforeAll
	void someOrders() {
		for (String externalId : List.of(settled.substring(4), stuck.substring(4))) {
			place.place(new OrderCommand("web", externalId, "CUST-" + run, "MAIN", null,
					List.of(new OrderCommand.Line(1, "A-" + run, BigDecimal.valueOf(3), "EA", null, null))));
		}
		publish(new StockReserved(UUID.randomUUID(), CorrelationId.random(), settled, "MAIN",
				List.of(new ReservedLine(1, new Sku("A-" + run), Quantity.of(3, UnitOfMeasure.EACH), ANSWER_VERSION)),
				Instant.now()));
		publish(new StockBackordered(UUID.randomUUID(), CorrelationId.random(), stuck, "MAIN",
				List.of(new BackorderedLine(1, new Sku("A-" + run), Quantity.of(0, UnitOfMeasure.EACH),
						Quantity.of(3, UnitOfMeasure.EACH), LocalDate.parse("2026-12-10"), ANSWER_VERSION)),
				Instant.now()));
		await().atMost(Duration.ofSeconds(30)).until(() -> state(settled).equals("ALLOCATED")
				&& state(stuck).equals("BACKORDERED"));
	}

	@Test
	void anAuditorNarrowsTheOrdersToTheStuckOnesAndOpensOne() throws IOException {
		console.signInAt("/console/orders", "auditor", "auditor-secret-for-tests");
		assertThat(console.text(By.tagName("h1"))).isEqualTo("Orders");
		assertThat(console.text(By.cssSelector(".topbar nav a.active"))).isEqualTo("Orders");
		assertThat(console.findAll(By.cssSelector("#orders tr.order[data-order='" + stuck + "']")))
			.hasSize(1);
		console.screenshot("orders");

		console.markThePage();
		console.find(By.id("stuck")).click();
		console.find(By.id("apply-filter")).click();
		console.until(ExpectedConditions.urlContains("stuck=true"));
		console.until(driver -> driver.findElements(By.cssSelector("#orders tr.order[data-order='" + settled
				+ "']")).isEmpty());
		assertThat(console.stillTheSamePage()).isEqualTo(true);
		var row = console.find(By.cssSelector("#orders tr.order[data-order='" + stuck + "']"));
		assertThat(row.getText()).contains("inbound on 2026-12-10 for line 1");

		row.findElement(By.linkText(stuck)).click();
		console.until(ExpectedConditions.textToBe(By.id("order-id"), stuck));
		assertThat(console.text(By.id("lines"))).contains("A-" + run);
		console.screenshot("order");
		console.assertThePolicyBlockedNothing("the Content-Security-Policy blocked nothing the pages needed");
	}

	private String state(String orderId) {
		return orders.find(orderId).map(order -> order.summary().state()).orElse("");
	}

	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
	}
}
