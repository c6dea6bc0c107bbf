package org.distributionhub.supplier.exchange.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice.Charge;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.junit.jupiter.api.Test;

/** Invoice files: told from acknowledgement files by their header, one invoice per invoice_number. */
class CsvInvoiceReaderTest {

	private final CsvAcknowledgementReader reader = new CsvAcknowledgementReader();

	private ReadResult read(String text) {
		return reader.read(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsTwoInvoicesOfOneFileWithACreditNote() {
		var result = read("\uFEFF" + """
				Invoice Number,invoice_date,type,po_number,line_number,sku,supplier_part,quantity,unit,unit_price,currency,tax_amount,total_amount,original_invoice_number
				INV-1,2026-12-01,invoice,PO-1001,1,SKU-1,ABC-1,60,EA,2.50,EUR,28.50,178.50,
				INV-1,2026-12-01,,PO-1001,2,,ABC-2,1,EA,0,EUR,,,
				CN-1,2026-12-02,credit_note,PO-1001,1,,ABC-1,5,EA,2.50,EUR,,12.50,INV-0
				""".replace("\n", "\r\n"));

		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).containsExactly(
				new ReceivedInvoice("INV-1", "INV-1", LocalDate.of(2026, 12, 1), "PO-1001", false, null, "EUR",
						List.of(new ReceivedInvoice.Line("1", "PO-1001",
								List.of(new PartnerItemId("BP", "SKU-1"), new PartnerItemId("VP", "ABC-1")),
								new BigDecimal("60"), "EA", new BigDecimal("2.5")),
								new ReceivedInvoice.Line("2", "PO-1001", List.of(new PartnerItemId("VP", "ABC-2")),
										new BigDecimal("1"), "EA", new BigDecimal("0"))),
						List.of(new Charge("TAX", null, new BigDecimal("28.5"), null)), new BigDecimal("178.5")),
				new ReceivedInvoice("CN-1", "CN-1", LocalDate.of(2026, 12, 2), "PO-1001", true, "INV-0", "EUR",
						List.of(new ReceivedInvoice.Line("1", "PO-1001", List.of(new PartnerItemId("VP", "ABC-1")),
								new BigDecimal("5"), "EA", new BigDecimal("2.5"))),
						List.of(), new BigDecimal("12.5")));
	}

	@Test
	void leavesOutAnInvoiceWithARefusedRowByRowAndColumnAndKeepsTheOthers() {
		var result = read("""
				invoice_number;invoice_date;po_number;supplier_part;quantity;unit_price;currency
				INV-1;2026-12-01;PO-1;ABC-1;10;1.5;EUR
				INV-1;2026-12-01;PO-1;ABC-2;ten;1.5;USD
				INV-2;2026-12-01;PO-1;ABC-1;1;1.5;EUR
				""");

		assertThat(result.documents()).singleElement()
			.satisfies(document -> assertThat(document.documentId()).isEqualTo("INV-2"));
		assertThat(result.problems()).containsExactly(
				new SyntaxProblem("row 3, column quantity",
						"is not a number: 'ten' (write digits, with a point before decimals)"),
				new SyntaxProblem("row 3, column currency", "is 'USD' but row 2 of invoice INV-1 says 'EUR'"),
				new SyntaxProblem("invoice INV-1", "is not taken in: rows 3 have problems; send the whole invoice again"));
	}

	@Test
	void refusesAHeaderWithoutTheRequiredColumns() {
		var result = read("""
				invoice_number,po_number,supplier_part,quantity
				INV-1,PO-1,ABC-1,10
				""");

		assertThat(result.readable()).isFalse();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("row 1");
			assertThat(problem.message()).startsWith("has no column invoice_date");
		});
	}

	@Test
	void stillReadsAcknowledgementFiles() {
		var result = read("""
				retailer_po,sku_id,quantity_accepted
				PO-1,SKU-1,5
				""");

		assertThat(result.documents()).singleElement().isInstanceOf(ReceivedAcknowledgement.class);
	}
}
