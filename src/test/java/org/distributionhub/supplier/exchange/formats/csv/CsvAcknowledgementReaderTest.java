package org.distributionhub.supplier.exchange.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Line;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement.Status;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.distributionhub.supplier.api.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvAcknowledgementReaderTest {

	private final CsvAcknowledgementReader reader = new CsvAcknowledgementReader();

	/** As dropship portals send it: a byte-order mark, headers with stray spaces and capitals, CRLF. */
	@Test
	void readsAPortalFileWithAByteOrderMarkAndSpacedHeadersIntoOneAcknowledgementPerPo() {
		var result = read("\uFEFF" + """
				Retailer_PO , SKU_ID,quantity_accepted , quantity_rejected,quantity_backordered ,backorder_date, supplier_po,notes
				PO-1001,SKU-1,60,0,40,2026-04-15,SO-77,
				PO-1001,SKU-2,0,5,0,,SO-77,discontinued
				PO-1002,SKU-1,12,,,,,
				""".replace("\n", "\r\n"));

		assertThat(reader.channel()).isEqualTo(Channel.CSV);
		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).containsExactly(
				new ReceivedAcknowledgement("PO-1001", "PO-1001", CodeList.CSV, null, null, null, "SO-77", null,
						List.of(line("SKU-1", status("ACCEPTED", 60, null, null),
								status("BACKORDERED", 40, LocalDate.of(2026, 4, 15), null)),
								line("SKU-2", status("REJECTED", 5, null, "discontinued")))),
				new ReceivedAcknowledgement("PO-1002", "PO-1002", CodeList.CSV, null, null, null, null, null,
						List.of(line("SKU-1", status("ACCEPTED", 12, null, null)))));
	}

	@Test
	void readsSemicolonsColumnsInAnyOrderAndQuotedNotes() {
		var result = read("""
				notes;quantity_rejected;sku_id;retailer_po;warehouse;quantity_accepted
				"out of stock; retry in May, maybe";3;SKU-9;PO-7;W1;7
				"size ""XL"" discontinued
				see catalogue";1;SKU-8;PO-7;W1;0
				""");

		assertThat(result.problems()).isEmpty();
		var lines = only(result).lines();
		assertThat(lines.get(0).statuses()).containsExactly(status("ACCEPTED", 7, null, null),
				status("REJECTED", 3, null, "out of stock; retry in May, maybe"));
		assertThat(lines.get(1).statuses())
			.containsExactly(status("REJECTED", 1, null, "size \"XL\" discontinued\nsee catalogue"));
	}

	@Test
	void readsQuotedNotesWithCommasInACommaFile() {
		var result = read("""
				retailer_po,sku_id,quantity_accepted,quantity_rejected,notes
				PO-7,SKU-9,1,2,"damaged, returned to stock, sorry"
				""");

		assertThat(only(result).lines().get(0).statuses().get(1).reason())
			.isEqualTo("damaged, returned to stock, sorry");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\t", "|", ";", "," })
	void detectsTheSeparatorFromTheHeader(String separator) {
		var result = read(String.join(separator, "retailer_po", "sku_id", "quantity_accepted", "notes") + "\n"
				+ String.join(separator, "PO-1", "SKU-1", "4", "fine") + "\n");

		assertThat(result.problems()).isEmpty();
		assertThat(only(result).lines().get(0).statuses()).containsExactly(status("ACCEPTED", 4, null, null));
	}

	@Test
	void followsASpreadsheetSeparatorLineAndCountsItsRows() {
		var result = read("""
				sep=;
				retailer_po;sku_id;quantity_accepted
				PO-1;SKU-1;x
				""");

		assertThat(result.problems()).containsExactly(new SyntaxProblem("row 3, column quantity_accepted",
				"is not a number: 'x' (write digits, with a point before decimals)"));
	}

	@Test
	void leavesOutBadRowsReportsEachProblemAndKeepsTheGoodRows() {
		var result = read("""
				retailer_po,sku_id,quantity_accepted,quantity_rejected,quantity_backordered,backorder_date,supplier_po

				PO-1,SKU-1,10,0,0,,SO-1
				PO-1,SKU-2,ten,0,0,,SO-1
				PO-1,SKU-3,0,-2,0,,SO-1
				PO-1,SKU-4,0,0,5,2026-02-30,SO-1
				,SKU-5,1,0,0,,SO-1
				PO-1,,1,0,0,,SO-1
				PO-1,SKU-6,0,0,0,,SO-1
				PO-1,SKU-7,1,0,0,,SO-2
				PO-1,SKU-8,1,0,0,,SO-1,surplus
				PO-2,SKU-1,1.5,0,0,04/15/2026,
				PO-1,SKU-9,2,,,,
				""");

		assertThat(result.problems()).containsExactly(
				new SyntaxProblem("row 4, column quantity_accepted",
						"is not a number: 'ten' (write digits, with a point before decimals)"),
				new SyntaxProblem("row 5, column quantity_rejected", "must not be negative: -2"),
				new SyntaxProblem("row 6, column backorder_date", "2026-02-30 is not a date in the calendar"),
				new SyntaxProblem("row 7, column retailer_po", "is empty"),
				new SyntaxProblem("row 8, column sku_id", "is empty"),
				new SyntaxProblem("row 9",
						"has no quantity above 0 in quantity_accepted, quantity_rejected, quantity_backordered"),
				new SyntaxProblem("row 10, column supplier_po",
						"is SO-2 but an earlier row of retailer_po PO-1 gives SO-1; a PO has one value"),
				new SyntaxProblem("row 11", "has 8 values but the header names 7 columns; "
						+ "put values that contain the separator in double quotes"),
				new SyntaxProblem("row 12, column backorder_date", "must be a date as YYYY-MM-DD, not '04/15/2026'"));
		assertThat(result.documents()).extracting(document -> ((ReceivedAcknowledgement) document).documentId())
			.containsExactly("PO-1");
		assertThat(only(result).lines()).extracting(line -> line.items().get(0).value())
			.containsExactly("SKU-1", "SKU-9");
	}

	@Test
	void keepsTheNotesOnABackorderWhenNothingIsRejectedAndReadsTheAcknowledgementTime() {
		var result = read("""
				retailer_po,sku_id,quantity_accepted,quantity_backordered,backorder_date,notes,acknowledged_at
				PO-1,SKU-1,2,3,2026-05-01,next container,2026-03-02T09:30:00+01:00
				PO-1,SKU-2,1.250,,,,
				""");

		var acknowledgement = only(result);
		assertThat(acknowledgement.acknowledgedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:30:00+01:00"));
		assertThat(acknowledgement.lines().get(0).statuses()).containsExactly(status("ACCEPTED", 2, null, null),
				status("BACKORDERED", 3, LocalDate.of(2026, 5, 1), "next container"));
		assertThat(acknowledgement.lines().get(1).statuses().get(0).quantity()).isEqualTo(new BigDecimal("1.25"));
	}

	@Test
	void refusesAFileThatCannotBeReadAsAWhole() {
		assertThat(read("").problems())
			.containsExactly(new SyntaxProblem("file", "is empty; the first row must name the columns"));
		assertThat(read("\uFEFF\r\n\r\n").problems())
			.containsExactly(new SyntaxProblem("file", "is empty; the first row must name the columns"));
		assertThat(read("retailer_po,sku_id,quantity_accepted\r\n\r\n").problems())
			.containsExactly(new SyntaxProblem("file", "has a header but no rows"));
		assertThat(read("po,sku_id,quantity_accepted\nPO-1,SKU-1,1\n").problems()).singleElement()
			.satisfies(problem -> {
				assertThat(problem.path()).isEqualTo("row 1");
				assertThat(problem.message()).startsWith("has no column retailer_po");
			});
		assertThat(read("retailer_po,sku_id,notes\nPO-1,SKU-1,x\n").problems()).containsExactly(new SyntaxProblem(
				"row 1", "has none of the columns quantity_accepted, quantity_rejected, quantity_backordered"));
		assertThat(read("retailer_po,sku_id,quantity_accepted,Quantity Accepted\n").problems())
			.containsExactly(new SyntaxProblem("row 1", "names column quantity_accepted twice"));
		assertThat(read("retailer_po,sku_id,quantity_accepted\nPO-1,SKU-1,1\nPO-1,\"SKU-2,1\n").problems())
			.singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("Missing closing quote")
				.endsWith("no row of the file was used"));
		assertThat(reader.read("retailer_po,sku_id,quantity_accepted\nPO-1,SKU-\u00c9,1\n"
			.getBytes(StandardCharsets.ISO_8859_1)).problems()).containsExactly(
					new SyntaxProblem("row 2", "is not UTF-8 text (byte 47); save the file as UTF-8"));
	}

	@Test
	void readsTheExampleOfThePartnerDocs() throws IOException {
		var result = reader.read(Files.readAllBytes(Path.of("docs/partner-api/examples/acknowledgement-dropship.csv")));

		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).hasSize(2);
	}

	@Test
	void theSameBytesGiveTheSameResult() {
		byte[] content = "retailer_po,sku_id,quantity_accepted\nPO-1,SKU-1,1\nPO-1,SKU-2,x\n"
			.getBytes(StandardCharsets.UTF_8);

		assertThat(reader.read(content)).isEqualTo(reader.read(content));
	}

	private ReadResult read(String text) {
		return reader.read(text.getBytes(StandardCharsets.UTF_8));
	}

	private static ReceivedAcknowledgement only(ReadResult result) {
		assertThat(result.documents()).hasSize(1);
		return (ReceivedAcknowledgement) result.documents().get(0);
	}

	private static Line line(String sku, Status... statuses) {
		return new Line(null, List.of(new PartnerItemId("BP", sku)), null, null, null, null, List.of(statuses),
				List.of());
	}

	private static Status status(String code, int quantity, LocalDate date, String reason) {
		return new Status(code, null, BigDecimal.valueOf(quantity), null, date == null ? null : "068", date, null,
				List.of(), reason);
	}
}
