package org.distributionhub.supplier.partners.adapters.in.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.distributionhub.supplier.partners.ports.in.ItemRow;
import org.distributionhub.supplier.partners.ports.in.RowProblem;
import org.junit.jupiter.api.Test;

class ItemCsvTest {

	@Test
	void readsRowsWithTheirLineNumbersWhateverTheColumnOrderAndCase() {
		var parsed = read("""
				\uFEFF Factor ;SKU; supplier_part ;Supplier Unit
				# cases of twelve
				12;SKU-1;P-1;CA

				1,5;SKU-2;"P;2";EA
				""");

		assertThat(parsed.fileProblems()).isEmpty();
		assertThat(parsed.rows()).containsExactly(new ItemRow(3, "P-1", "SKU-1", null, "CA", null, "12"),
				new ItemRow(5, "P;2", "SKU-2", null, "EA", null, "1,5"));
	}

	@Test
	void aRowWithTooManyFieldsIsRefusedAndTheOthersStay() {
		var parsed = read("""
				supplier_part,sku,factor
				P-1,SKU-1,12
				P-2,SKU-2,1,000
				P-3,SKU-3
				""");

		assertThat(parsed.rows()).extracting(ItemRow::supplierPart).containsExactly("P-1", "P-3");
		assertThat(parsed.unreadable()).containsExactly(new RowProblem(3, null, "P-2",
				"4 fields where the header has 3 (a value with a comma needs quotes)"));
	}

	@Test
	void anUnknownOrMissingColumnRefusesTheFile() {
		assertThat(read("supplier_part,sku,supplier_unti\nP-1,SKU-1,CA\n").fileProblems()).containsExactly(
				"Unknown column 'supplier_unti' in the header; the columns are supplier_part, sku, gtin, supplier_unit, "
						+ "our_unit, factor");
		assertThat(read("supplier_part,gtin\nP-1,123\n").fileProblems())
			.containsExactly("The header has no column sku (it names: supplier_part, gtin)");
		assertThat(read("").fileProblems()).singleElement().asString().startsWith("The file is empty");
	}

	@Test
	void aBrokenQuoteRefusesTheWholeFileRatherThanDroppingTheRowsAfterIt() {
		var parsed = read("supplier_part,sku\nP-1,SKU-1\n\"P-2,SKU-2\nP-3,SKU-3\n");

		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.fileProblems()).singleElement().asString()
			.startsWith("Line 3: cannot read the file on from here");
	}

	@Test
	void spreadsheetTextInWindows1252IsReadToo() {
		byte[] content = "supplier_part\tsku\nMÜ-1\tSKU-1\n".getBytes(Charset.forName("windows-1252"));

		assertThat(ItemCsv.read(content).rows()).extracting(ItemRow::supplierPart).containsExactly("MÜ-1");
	}

	private static ItemCsv.Parsed read(String text) {
		return ItemCsv.read(text.getBytes(StandardCharsets.UTF_8));
	}
}
