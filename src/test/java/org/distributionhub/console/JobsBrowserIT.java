package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.distributionhub.console.jobs.ErpRefusals;
import org.distributionhub.console.jobs.ParkedDocuments;
import org.distributionhub.erpgateway.api.FindPostings;
import org.distributionhub.erpgateway.api.PostingView;
import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.supplier.api.FindPartnerMessages;
import org.distributionhub.supplier.exchange.ports.in.ReceivePartnerMessage;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk work in a real headless Chromium: an operator declines, then confirms "Replay all shown" on the parked page,
 * lands on the job's page and watches it (without reloading) until every outcome is there; on the ERP page the
 * Cancel of a parked posting asks first, and declining changes nothing. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "hub.erp.dispatch.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsBrowserIT {

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

	private static final int DOCUMENTS = 150;

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	ReceivePartnerMessage intake;

	@Autowired
	FindPartnerMessages messages;

	@Autowired
	RecordPosting record;

	@Autowired
	DispatchPostings dispatch;

	@Autowired
	FindPostings postings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOperatorConfirmsABulkReplayAndWatchesItToTheEnd() throws IOException {
		var parked = new ParkedDocuments(suppliers, purchaseOrders, intake).park(DOCUMENTS).mapTheItem();
		console.signInAt("/console/parked?supplier=" + parked.supplier, "operator", "operator-secret-for-tests");
		assertThat(console.text(By.id("replay-all"))).contains("(" + DOCUMENTS + ")");

		console.find(By.id("replay-all-reason")).sendKeys("item mapping added");
		console.find(By.id("replay-all-button")).click();
		var question = console.until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).startsWith("Replay all " + DOCUMENTS + " open parked documents");
		question.dismiss();
		assertThat(console.browser().getCurrentUrl()).contains("/console/parked");
		assertThat(messages.parked(parked.supplier, true, 0, 1).total()).isEqualTo(DOCUMENTS);

		console.find(By.id("replay-all-button")).click();
		console.until(ExpectedConditions.alertIsPresent()).accept();
		console.until(ExpectedConditions.urlMatches("/console/jobs/[0-9a-f-]{36}$"));
		assertThat(console.text(By.id("job-counts"))).endsWith("skipped").contains("of " + DOCUMENTS + " done");
		console.markThePage();
		console.screenshot("job-running");

		new WebDriverWait(console.browser(), Duration.ofSeconds(120))
			.until(ExpectedConditions.textToBe(By.id("job-state"), "DONE"));
		assertThat(console.stillTheSamePage())
			.as("the progress came in without a reload")
			.isEqualTo(true);
		assertThat(console.text(By.id("job-counts")))
			.isEqualTo(DOCUMENTS + " of " + DOCUMENTS + " done: " + DOCUMENTS + " ok, 0 failed, 0 skipped");
		assertThat(console.findAll(By.cssSelector("#job-items tr[data-outcome='OK']"))).hasSize(50);
		assertThat(console.findAll(By.id("cancel-job"))).isEmpty();
		console.screenshot("job-done");
		assertThat(messages.parked(parked.supplier, true, 0, 1).total()).isZero();

		console.find(By.linkText("Jobs")).click();
		console.until(ExpectedConditions.urlContains("/console/jobs"));
		assertThat(console.text(By.id("jobs"))).contains("open parked documents where supplier = " + parked.supplier);
		console.assertThePolicyBlockedNothing("the Content-Security-Policy blocked nothing the pages needed");
	}

	@Test
	void theErpPagesCancelAsksFirstAndDecliningChangesNothing() throws IOException {
		PostingView posting = erp().parked();
		console.signInAt("/console/erp", "operator", "operator-secret-for-tests");
		var row = console.find(By.xpath("//section[@id='parked']//tr[td/a[contains(text(), '"
				+ posting.businessKey() + " #1')]]"));
		row.findElement(By.name("reason")).sendKeys("entered by hand");
		row.findElement(By.xpath(".//button[text()='Cancel']")).click();
		var question = console.until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).isEqualTo("Cancel this posting? The ERP will never receive it from the hub.");
		question.dismiss();
		assertThat(postings.find(posting.id()).orElseThrow().status()).isEqualTo("PARKED");
		assertThat(console.find(By.id("retry-all")).getText()).contains("Retry every parked posting");
	}

	private ErpRefusals erp() {
		return new ErpRefusals(record, dispatch, postings, jdbc);
	}
}
