package org.distributionhub.erpgateway.adapters.in.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.distributionhub.erpgateway.ReleasedOrders;
import org.distributionhub.shared.Money;
import org.distributionhub.supplier.events.PurchaseOrderReleased;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The file ERP's inbox: one JSON file per purchase order, published and archived; the same file again archived
 * without a second event, a changed one published as the next revision; a refused or unreadable file set aside in
 * the error folder with a .error.txt saying why.
 */
@SpringBootTest(properties = { "hub.erp.dispatch.enabled=false", "hub.erp.file.inbox-poll-interval=1h" })
@Import(ReleasedOrders.class)
class FilePurchaseOrderInboxIT {

	@Autowired
	FilePurchaseOrderInbox inbox;

	@Autowired
	FileInboxProperties folders;

	@Autowired
	ReleasedOrders released;

	private final String po = "P-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aFileIsPublishedAndArchivedAndTheSameFileAgainOnlyArchived() throws IOException {
		drop(po + ".json", order(po, 100));
		assertThat(inbox.readInbox()).isEqualTo(1);
		drop(po + ".json", order(po, 100));
		inbox.readInbox();
		drop(po + ".json", order(po, 80));
		inbox.readInbox();

		assertThat(released.of(po)).extracting(PurchaseOrderReleased::revision).containsExactly(1, 2);
		var first = released.of(po).get(0);
		assertThat(first.supplierId()).isEqualTo("ACME");
		assertThat(first.shipTo()).isEqualTo("WH1");
		assertThat(first.source()).isEqualTo("file");
		assertThat(first.lines()).singleElement()
			.satisfies(line -> assertThat(line.unitPrice()).isEqualTo(Money.of("9.50", "EUR")));
		assertThat(names(folders.archive())).hasSize(3).allMatch(name -> name.startsWith(po));
		assertThat(names(folders.inbox())).isEmpty();
	}

	@Test
	void aFileYoungerThanTheSettleTimeWaitsForALaterRound() throws IOException {
		Files.createDirectories(folders.inbox());
		Files.writeString(folders.inbox().resolve(po + ".json"), order(po, 100));

		assertThat(inbox.readInbox()).isZero();

		assertThat(names(folders.inbox())).containsExactly(po + ".json");
		Files.delete(folders.inbox().resolve(po + ".json"));
	}

	@Test
	void aRefusedFileGoesToTheErrorFolderWithTheReasonBesideIt() throws IOException {
		drop(po + ".json", order(po, 5).replace("\"EA\"", "\"Barrels\""));
		drop(po + "-broken.json", "{\"poNumber\": \"" + po + "\", \"lines\": [");

		inbox.readInbox();

		assertThat(released.of(po)).isEmpty();
		assertThat(Files.readString(folders.error().resolve(po + ".json.error.txt"))).contains("Purchase order " + po
				+ " from file not taken in: line 1 is in unit 'Barrels', which has no X12 code");
		assertThat(Files.readString(folders.error().resolve(po + "-broken.json.error.txt")))
			.contains("Purchase order file " + po + "-broken.json not taken in: not JSON");
		assertThat(folders.error().resolve(po + ".json")).exists();
		assertThat(names(folders.inbox())).isEmpty();
	}

	private void drop(String name, String content) throws IOException {
		Files.createDirectories(folders.inbox());
		Path temporary = folders.inbox().resolve("." + name + ".part");
		Files.writeString(temporary, content);
		Files.move(temporary, folders.inbox().resolve(name));
		Files.setLastModifiedTime(folders.inbox().resolve(name), FileTime.from(Instant.now().minusSeconds(60)));
	}

	private static String order(String po, int quantity) {
		return """
				{"poNumber": "%s", "supplierId": "ACME", "orderDate": "2026-11-20", "shipTo": "WH1", "currency": "EUR",
				 "lines": [{"lineNumber": "1", "sku": "A-1", "quantity": %d, "unit": "EA", "unitPrice": 9.5,
				            "requestedDate": "2026-12-01"}]}""".formatted(po, quantity);
	}

	private static java.util.List<String> names(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return java.util.List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).toList();
		}
	}
}
