package org.distributionhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
		String[][] books = { { "1", "9780446360265", "3" }, { "2", "9780767928427", "2" },
				{ "3", "9780099599531", "1" }, { "4", "9780446360272", "2" } };
		for (String[] book : books) {
			suppliers.saveItem(new ManageSuppliers.SaveItemCommand(supplier,
					new ItemRow(0, "ISBN-" + book[1], "BOOK-" + book[1], book[1], "UN", "EA", "1"), "test"));
		}
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2020, 10, 14), "DC-1", "USD",
				java.util.Arrays.stream(books).map(book -> new IssuePurchaseOrderCommand.Line(book[0], "BOOK-" + book[1],
						new BigDecimal(book[2]), "EA", null, LocalDate.of(2020, 11, 1))).toList()));
	}

	@Test
	void anAdminPastesAn855AndSeesThePurchaseOrderChangeItWouldMake() throws IOException {
		String lines = lineStates();
		console.signInAt("/console/suppliers/" + supplier, "admin", "admin-secret-for-tests");

		console.until(ExpectedConditions.elementToBeClickable(By.id("dry-run-link"))).click();
		console.until(ExpectedConditions.urlContains("/dry-run"));
		console.find(By.id("sample")).sendKeys(sample());
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

	private String sample() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("samples/edi/x12-855-nodex12-1.edi")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("1556150", sender)
				.replace("POTEST1112", po);
		}
	}
}
