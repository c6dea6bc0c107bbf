package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk work in a real headless Chromium: an operator declines, then confirms "Replay all shown" on the parked page,
 * lands on the job's page and watches it (without reloading) until every outcome is there; on the ERP page the
 * Cancel of a parked posting asks first, and declining changes nothing. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "hub.erp.dispatch.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");
	private static final int DOCUMENTS = 150;

	@LocalServerPort
	int port;

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
	void anOperatorConfirmsABulkReplayAndWatchesItToTheEnd() throws IOException {
		var parked = new ParkedDocuments(suppliers, purchaseOrders, intake).park(DOCUMENTS).mapTheItem();
		signInAsOperator("/console/parked?supplier=" + parked.supplier);
		assertThat(text(By.id("replay-all"))).contains("(" + DOCUMENTS + ")");

		browser.findElement(By.id("replay-all-reason")).sendKeys("item mapping added");
		browser.findElement(By.id("replay-all-button")).click();
		var question = wait.until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).startsWith("Replay all " + DOCUMENTS + " open parked documents");
		question.dismiss();
		assertThat(browser.getCurrentUrl()).contains("/console/parked");
		assertThat(messages.parked(parked.supplier, true, 0, 1).total()).isEqualTo(DOCUMENTS);

		browser.findElement(By.id("replay-all-button")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.urlMatches("/console/jobs/[0-9a-f-]{36}$"));
		assertThat(text(By.id("job-counts"))).endsWith("skipped").contains("of " + DOCUMENTS + " done");
		((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");
		screenshot("job-running");

		new WebDriverWait(browser, Duration.ofSeconds(120))
			.until(ExpectedConditions.textToBe(By.id("job-state"), "DONE"));
		assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;"))
			.as("the progress came in without a reload")
			.isEqualTo(true);
		assertThat(text(By.id("job-counts")))
			.isEqualTo(DOCUMENTS + " of " + DOCUMENTS + " done: " + DOCUMENTS + " ok, 0 failed, 0 skipped");
		assertThat(browser.findElements(By.cssSelector("#job-items tr[data-outcome='OK']"))).hasSize(50);
		assertThat(browser.findElements(By.id("cancel-job"))).isEmpty();
		screenshot("job-done");
		assertThat(messages.parked(parked.supplier, true, 0, 1).total()).isZero();

		browser.findElement(By.linkText("Jobs")).click();
		wait.until(ExpectedConditions.urlContains("/console/jobs"));
		assertThat(text(By.id("jobs"))).contains("open parked documents where supplier = " + parked.supplier);
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.as("the Content-Security-Policy blocked nothing the pages needed")
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
	}

	@Test
	void theErpPagesCancelAsksFirstAndDecliningChangesNothing() throws IOException {
		PostingView posting = erp().parked();
		signInAsOperator("/console/erp");
		var row = browser.findElement(By.xpath("//section[@id='parked']//tr[td/a[contains(text(), '"
				+ posting.businessKey() + " #1')]]"));
		row.findElement(By.name("reason")).sendKeys("entered by hand");
		row.findElement(By.xpath(".//button[text()='Cancel']")).click();
		var question = wait.until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).isEqualTo("Cancel this posting? The ERP will never receive it from the hub.");
		question.dismiss();
		assertThat(postings.find(posting.id()).orElseThrow().status()).isEqualTo("PARKED");
		assertThat(browser.findElement(By.id("retry-all")).getText()).contains("Retry every parked posting");
	}

	private void signInAsOperator(String path) {
		if (browser.getCurrentUrl() != null && browser.getCurrentUrl().startsWith("http")) {
			browser.manage().deleteAllCookies();
		}
		browser.get(url(path));
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys("operator");
		browser.findElement(By.id("password")).sendKeys("operator-secret-for-tests");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}


	private String text(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	private ErpRefusals erp() {
		return new ErpRefusals(record, dispatch, postings, jdbc);
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
