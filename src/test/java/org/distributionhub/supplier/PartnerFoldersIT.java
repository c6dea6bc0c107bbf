package org.distributionhub.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.distributionhub.supplier.partners.ports.in.ManageSuppliers;
import org.distributionhub.supplier.partners.ports.in.SupplierProfileData;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder;
import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A file partner with the hub's own timers running: its purchase order appears as a CSV file in its outbox folder,
 * the acknowledgement it drops into its inbox is taken in and archived, and a file that cannot be read goes to the
 * error folder beside a note that says why.
 */
@SpringBootTest(properties = { "hub.supplier.scheduling.enabled=true", "hub.supplier.inbox-poll-interval=200ms",
		"hub.supplier.outbox-poll-interval=200ms", "hub.supplier.inbox-settle-time=0s" })
class PartnerFoldersIT {

	@Autowired
	ManageSuppliers suppliers;

	@Autowired
	IssuePurchaseOrder purchaseOrders;

	@Autowired
	JdbcClient jdbc;

	@Value("${hub.supplier.partner-folders}")
	Path partnerFolders;

	final String supplier = "file-" + UUID.randomUUID().toString().substring(0, 8);
	final String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aFilePartnerExchangesPurchaseOrdersAndAcknowledgementsThroughItsFolders() throws IOException {
		suppliers.save(new ManageSuppliers.SaveSupplierCommand(supplier, new SupplierProfileData(supplier,
				"File partner", List.of("CSV"), "CSV", null, null, "48h", "CANCEL", Map.of(), true), "test", "files"));
		purchaseOrders.issue(new IssuePurchaseOrderCommand(supplier, po, 0, LocalDate.of(2026, 11, 27), "DC-1", null,
				List.of(new IssuePurchaseOrderCommand.Line("1", "SKU-F", new BigDecimal(10), "EA", null,
						LocalDate.of(2026, 12, 10)))));

		Path folder = partnerFolders.resolve(supplier);
		await().atMost(Duration.ofSeconds(20)).until(() -> names(folder.resolve("outbox")).stream()
			.anyMatch(name -> name.startsWith("po-" + po)));

		Files.createDirectories(folder.resolve("inbox"));
		Files.writeString(folder.resolve("inbox").resolve("ack-1.csv"),
				"\uFEFFretailer_po,sku_id,quantity_accepted,quantity_rejected,quantity_backordered,backorder_date,supplier_po,notes\n"
						+ po + ",SKU-F,8,2,0,,S-1,two short\n",
				StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("inbox").resolve("garbage.csv"), "this is not a csv acknowledgement\n");

		await().atMost(Duration.ofSeconds(20)).until(() -> names(folder.resolve("archive")).contains("ack-1.csv")
				&& names(folder.resolve("error")).contains("garbage.csv"));
		assertThat(names(folder.resolve("inbox"))).isEmpty();
		assertThat(Files.readString(folder.resolve("error").resolve("garbage.csv.error.txt"))).contains("REFUSED");
		assertThat(jdbc.sql("SELECT status FROM inbound_message WHERE supplier_id = ? AND file_name = 'ack-1.csv'")
			.param(supplier).query(String.class).single()).isEqualTo("APPLIED");
	}

	static List<String> names(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(path -> path.getFileName().toString()).toList();
		}
	}
}
