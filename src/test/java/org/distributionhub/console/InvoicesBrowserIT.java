package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.supplier.X12Builder;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.FindSupplierInvoices;
import org.distributionhub.supplier.api.FindSupplierInvoices.InvoiceFilter;
import org.distributionhub.supplier.api.InvoiceStatus;
import org.distributionhub.supplier.api.RecordGoodsReceipts;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage.ReceiveMessageCommand;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The match-exception queue in a real headless Chromium: a supplier's 810 priced 10 % over its purchase order is held
 * by the real three-way match; the home page counts it under supplier invoices; an operator approves it in the held
 * queue with a reason (after a confirmation) and finds the decision on the invoice's page, each line beside its PO
 * line and what was received; the accruals page offers its CSV. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoicesBrowserIT {

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	RecordGoodsReceipts receipts;

	@Autowired
	ReceivePartnerMessage intake;

	@Autowired
	FindSupplierInvoices invoices;

	final String run = UUID.randomUUID().toString().substring(0, 8);
	final String supplier = "held-" + run;
	final String ediId = ("HELD" + run).toUpperCase();
	final String po = "PO-H-" + run;
	final String invoiceNumber = "INV-H-" + run;
	long invoiceId;

	@BeforeAll
	void anInvoiceTenPercentOverItsOrderIsHeld() {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier,
				new SupplierProfileData(supplier, "Held invoice supplier", List.of("X12"), "X12",
						new SupplierProfileData.EdiIdentityData("ZZ", ediId, ediId), null, "48h", "CANCEL", Map.of(),
						true),
				"test", "browser"));
		suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
				new ItemRow(0, "VP-1", "SKU-H-" + run, null, "EA", "EA", "1"), "test"));
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 12, 1), "MAIN", "EUR",
				List.of(new IssuePurchaseOrderCommand.Line("1", "SKU-H-" + run, new BigDecimal(20), "EA",
						new BigDecimal("10.00"), LocalDate.of(2026, 12, 20)))));
		receipts.received(new RecordGoodsReceipts.GoodsReceipt("MAIN", "GR-H-" + run, po,
				java.time.Instant.now(), List.of(new RecordGoodsReceipts.Line("1", "SKU-H-" + run, new BigDecimal(20), "EA"))));
		String x810 = X12Builder.from(ediId).control(810).set("IN", "810")
			.segment("BIG*20261205*" + invoiceNumber + "**" + po + "***DI")
			.segment("CUR*SE*EUR")
			.segment("IT1*1*20*EA*11.00**VP*VP-1")
			.segment("TDS*22000")
			.segment("CTT*1")
			.build();
		intake.receive(new ReceiveMessageCommand(supplier, Channel.X12, "API", "application/edi-x12", null,
				x810.getBytes(StandardCharsets.UTF_8), null));
		invoiceId = await().atMost(Duration.ofSeconds(20)).until(() -> invoices
			.invoices(new InvoiceFilter(supplier, InvoiceStatus.HELD, null, null, 10)).stream()
			.map(FindSupplierInvoices.InvoiceSummary::id).findFirst().orElse(null), id -> id != null);
	}

	@Test
	void anOperatorApprovesTheHeldInvoiceWithAReasonAndFindsTheDecisionOnItsPage() throws IOException {
		console.signInWith("operator", "operator-secret-for-tests");
		console.until(ExpectedConditions.urlMatches(".*/console$"));
		assertThat(console.text(By.id("tile-SUPPLIER_INVOICES"))).contains("Supplier invoices");
		console.open("/console?area=SUPPLIER_INVOICES");
		assertThat(console.text(By.id("incidents"))).contains(invoiceNumber);

		console.open("/console/invoices/held");
		WebElement held = console.find(By.id("held-" + invoiceId));
		assertThat(held.getText()).contains(invoiceNumber).contains("220.00 EUR").contains("11");
		console.screenshot("invoices-held");
		held.findElement(By.cssSelector("form.approve input[name=reason]")).sendKeys("Price rise agreed by phone");
		WebElement approve = held.findElement(By.cssSelector("form.approve button[type=submit]"));
		approve.click();
		console.until(ExpectedConditions.alertIsPresent()).accept();
		console.untilGone(approve);
		assertThat(console.text(By.cssSelector(".alert.success")))
			.isEqualTo("Invoice " + invoiceNumber + " of supplier " + supplier + " approved: APPROVED");
		assertThat(console.findAll(By.id("held-" + invoiceId))).as("no longer in the queue").isEmpty();

		console.open("/console/invoices/" + invoiceId);
		assertThat(console.text(By.id("decided-by"))).isEqualTo("operator");
		assertThat(console.text(By.id("decision-reason"))).isEqualTo("Price rise agreed by phone");
		String line = console.text(By.cssSelector("#lines tbody tr"));
		assertThat(line).contains("SKU-H-" + run).contains("11").contains("10").contains("20");
		console.screenshot("invoice");

		console.open("/console/accruals?supplier=" + supplier);
		assertThat(console.find(By.id("download-csv")).getAttribute("href")).contains("/console/accruals.csv");
		console.assertThePolicyBlockedNothing("the Content-Security-Policy blocked nothing the invoice pages needed");
		console.signOut();
	}

	@Test
	void anAuditorSeesTheQueueButNoDecisionForms() {
		console.signInWith("auditor", "auditor-secret-for-tests");
		console.until(ExpectedConditions.urlMatches(".*/console$"));
		console.open("/console/invoices/held");
		assertThat(console.text(By.tagName("h1"))).isNotBlank();
		assertThat(console.findAll(By.cssSelector("form.approve, form.reject"))).isEmpty();
		console.signOut();
	}
}
