package org.distributionhub.inventory.adapters.in.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.distributionhub.inventory.ports.in.ApplyInventoryFeed.FeedRow;
import org.distributionhub.inventory.ports.in.FeedRowProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inventory feeds as partners and warehouses write them: separators, byte-order marks, loose headers, bad rows. */
class InventoryFeedCsvTest {

	@ParameterizedTest
	@ValueSource(strings = { ",", ";", "\t", "|" })
	void theSeparatorIsTheOneTheHeaderUses(String separator) {
		var parsed = read("sku" + separator + "quantity" + separator + "unit\nA" + separator + "5" + separator
				+ "EA\n\"B" + separator + "1\"" + separator + "7" + separator + "\n");

		assertThat(parsed.rows()).containsExactly(new FeedRow(2, null, "A", "5", "EA"),
				new FeedRow(3, null, "B" + separator + "1", "7", null));
	}

	@Test
	void aByteOrderMarkSpacedHeadersAndAliasesAreTolerated() {
		var parsed = InventoryFeedCsv.read(("\uFEFF SKU ,Quantity Available  ,UOM, backorder_qty ,backorder date\r\n"
				+ " A , 5 , ea ,2,2027-01-01\r\n\r\nB,0,,,\r\n").getBytes(StandardCharsets.UTF_8));

		assertThat(parsed.rows()).containsExactly(new FeedRow(2, null, "A", "5", "ea"), new FeedRow(4, null, "B", "0",
				null));
		assertThat(parsed.ignoredColumns()).containsExactly("backorder_qty", "backorder date");
	}

	@Test
	void qtyAndAWarehouseColumnAreRead() {
		assertThat(read("warehouse|sku|qty\nMAIN|A|3\n").rows()).containsExactly(new FeedRow(2, "MAIN", "A", "3", null));
	}

	@Test
	void aRowWithMoreValuesThanTheHeaderIsUnreadableAndTheOthersStay() {
		var parsed = read("sku,quantity\nA,5\nB,1,000\nC,2\n");

		assertThat(parsed.rows()).extracting(FeedRow::sku).containsExactly("A", "C");
		assertThat(parsed.unreadable()).extracting(FeedRowProblem::row).containsExactly(3);
	}

	@Test
	void valuesThatAreNotNumbersStayTextForTheUseCaseToReject() {
		assertThat(read("sku,quantity\nA,five\n,3\n").rows()).containsExactly(new FeedRow(2, null, "A", "five", null),
				new FeedRow(3, null, null, "3", null));
	}

	@Test
	void aHeaderWithoutSkuOrQuantityOrAnEmptyFileOrABrokenQuoteCannotBeRead() {
		assertThatThrownBy(() -> read("item,amount\nA,1\n")).isInstanceOf(DelimitedText.NotReadable.class)
			.hasMessageContaining("no sku column");
		assertThatThrownBy(() -> read("sku,name\nA,1\n")).hasMessageContaining("no quantity column");
		assertThatThrownBy(() -> read("sku,qty,quantity\nA,1,1\n")).hasMessageContaining("both give the quantity");
		assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
		assertThatThrownBy(() -> read("sku,quantity\n\"A,1\nB,2\n")).hasMessageContaining("Line 2");
	}

	@Test
	void windows1252TextIsReadToo() {
		byte[] content = "sku;quantity\nCAF\u00c9;1\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

		assertThat(InventoryFeedCsv.read(content).rows()).extracting(FeedRow::sku).containsExactly("CAF\u00c9");
	}

	private static InventoryFeedCsv.Parsed read(String text) {
		return InventoryFeedCsv.read(text.getBytes(StandardCharsets.UTF_8));
	}
}
