package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.supplier.NodeX12Books;
import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dry-run page in a real headless Chromium: an admin opens a supplier still in TESTING, follows "Dry run a
 * sample", pastes the public node-x12 855 and sees each purchase order line before and after, the 997 it would send
 * and the run in the list of earlier dry runs, while the order itself stays unacknowledged.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DryRunBrowserIT {

	@RegisterExtension
	static final ConsoleBrowser console = new ConsoleBrowser();

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	JdbcClient jdbc;

	private final String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	private final String supplier = "dryb-" + unique.toLowerCase();
	private final String sender = "B" + unique;
	private final String po = "POB" + unique;

	@BeforeAll
	void aSupplierInTestingWithAnIssuedOrder() {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier, new SupplierProfileData(supplier,
				"Books " + unique, List.of("X12"), "X12", new SupplierProfileData.EdiIdentityData("ZZ", sender, sender),
				null, "48h", "CANCEL", Map.of("AC", "ACCEPTED", "CW", "REJECTED", "KK", "REJECTED"), true, "TESTING",
				null, null), "test", "browser"));
		NodeX12Books.issueTheOrder(suppliers, purchaseOrders, supplier, po);
	}

	@Test
	void anAdminPastesAn855AndSeesThePurchaseOrderChangeItWouldMake() throws IOException {
		String lines = lineStates();
		console.signInAt("/console/suppliers/" + supplier, "admin", "admin-secret-for-tests");

		console.until(ExpectedConditions.elementToBeClickable(By.id("dry-run-link"))).click();
		console.until(ExpectedConditions.urlContains("/dry-run"));
		console.find(By.id("sample")).sendKeys(NodeX12Books.acknowledgement(sender, po));
		console.find(By.id("run-dry-run")).click();

		console.until(ExpectedConditions.urlContains("/dry-runs/"));
		assertThat(console.text(By.id("verdict"))).isEqualTo("PASSED");
		String first = console.text(By.cssSelector("#changes tr[data-line='1']"));
		assertThat(first).contains("BOOK-9780446360265").contains("2020-11-01 → 2004-12-31")
			.contains("NOT ACKNOWLEDGED → ACCEPTED");
		assertThat(console.text(By.cssSelector("#changes tr[data-line='2']"))).contains("NOT ACKNOWLEDGED → REJECTED");
		assertThat(console.text(By.id("answers"))).contains("997").contains("AK5*A");
		assertThat(console.text(By.id("mappings"))).contains("SKU BOOK-9780446360265 on PO line 1");
		assertThat(console.text(By.id("history"))).contains("855").contains("PASSED");
		console.screenshot("dry-run");

		assertThat(lineStates()).as("the purchase order is as it was").isEqualTo(lines);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE supplier_id = ?").param(supplier)
			.query(Long.class).single()).isZero();
	}

	private String lineStates() {
		return jdbc.sql("SELECT line_number, state FROM purchase_order_line WHERE supplier_id = ? ORDER BY position")
			.param(supplier).query().listOfRows().toString();
	}
}
