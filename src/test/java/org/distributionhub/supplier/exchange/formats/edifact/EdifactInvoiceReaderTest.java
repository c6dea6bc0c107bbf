package org.distributionhub.supplier.exchange.formats.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice.Charge;
import org.distributionhub.supplier.exchange.formats.edi.EdiFiles;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.junit.jupiter.api.Test;

/** INVOIC: the public sample with its own delimiters, and the invoices and credit notes partners send. */
class EdifactInvoiceReaderTest {

	private final EdifactMessageReader reader = new EdifactMessageReader();

	private static byte[] interchange(String body) {
		List<String> segments = body.strip().lines().toList();
		return EdiFiles.bytes("UNA:+.? '\nUNB+UNOC:3+SUPPLIER:ZZ+DISTHUB:ZZ+261201:1200+77'\nUNH+M1+INVOIC:D:96A:UN'\n"
				+ String.join("\n", segments) + "\nUNT+" + (segments.size() + 2) + "+M1'\nUNZ+1+77'\n");
	}

	@Test
	void readsTheInvoiceOfThePublicSampleWithItsCustomDelimiters() {
		ReadResult result = reader.read(EdiFiles.sample("edifact-invoic-staedi-una-custom-delims.edi"));

		assertThat(result.problems()).isEmpty();
		var invoice = (ReceivedInvoice) result.documents().get(0);
		assertThat(invoice.documentId()).isEqualTo("00000000000117");
		assertThat(invoice.invoiceNumber()).isEqualTo("342459");
		assertThat(invoice.invoiceDate()).isEqualTo(LocalDate.of(2006, 5, 15));
		assertThat(invoice.poNumber()).isEqualTo("521052");
		assertThat(invoice.currency()).isEqualTo("USD");
		assertThat(invoice.creditNote()).isFalse();
		assertThat(invoice.lines()).containsExactly(
				new ReceivedInvoice.Line("1", null, List.of(new PartnerItemId("IN", "157870")), new BigDecimal("1020"),
						"EA", new BigDecimal("1.179")),
				new ReceivedInvoice.Line("2", null, List.of(new PartnerItemId("IN", "157871")), new BigDecimal("20"),
						"EA", new BigDecimal("20.5")));
		assertThat(invoice.charges()).containsExactly(new Charge("CHARGE", "ABG", new BigDecimal("525"), null));
		assertThat(invoice.totalAmount()).isEqualByComparingTo("2137.58");
		assertThat(result.groups().get(0).transactions()).singleElement()
			.satisfies(message -> assertThat(message.status()).isEqualTo("A"));
	}

	@Test
	void readsACreditNoteWithTaxAllowanceAndTheInvoiceItCredits() {
		ReadResult result = reader.read(interchange("""
				BGM+381+CN-12+9'
				DTM+137:20261201:102'
				RFF+IV:INV-11'
				RFF+ON:PO-1001'
				CUX+2:EUR:9'
				LIN+1++4006381333931:EN'
				PIA+5+ABC-1:SA'
				QTY+47:10:EA'
				MOA+203:25'
				PRI+AAB:2.75'
				PRI+AAA:2.5'
				RFF+ON:PO-1002:3'
				UNS+S'
				MOA+77:27.35'
				TAX+7+VAT+++:::19+S'
				MOA+124:4.75'
				ALC+A++++DI:::Volume discount'
				MOA+8:2.4'
				"""));

		assertThat(result.problems()).isEmpty();
		var credit = (ReceivedInvoice) result.documents().get(0);
		assertThat(credit.creditNote()).isTrue();
		assertThat(credit.originalInvoiceNumber()).isEqualTo("INV-11");
		assertThat(credit.currency()).isEqualTo("EUR");
		assertThat(credit.lines()).containsExactly(new ReceivedInvoice.Line("3", "PO-1002",
				List.of(new PartnerItemId("EN", "4006381333931"), new PartnerItemId("VP", "ABC-1")),
				new BigDecimal("10"), "EA", new BigDecimal("2.5")));
		assertThat(credit.charges()).containsExactly(new Charge("TAX", "VAT", new BigDecimal("4.75"), "rate 19%"),
				new Charge("ALLOWANCE", "DI", new BigDecimal("2.4"), "Volume discount"));
		assertThat(credit.totalAmount()).isEqualByComparingTo("27.35");
	}

	@Test
	void takesThePriceFromTheLineAmountWhenNoPriGivesIt() {
		ReadResult result = reader.read(interchange("""
				BGM+380+INV-5+9'
				DTM+3:20261130:102'
				RFF+ON:PO-1001'
				LIN+1++ABC-1:SA'
				QTY+47:4:EA'
				MOA+203:10'
				UNS+S'
				MOA+86:10'
				"""));

		var invoice = (ReceivedInvoice) result.documents().get(0);
		assertThat(invoice.invoiceDate()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(invoice.lines().get(0).unitPrice()).isEqualByComparingTo("2.5");
		assertThat(invoice.totalAmount()).isEqualByComparingTo("10");
	}

	@Test
	void refusesAnInvoiceWithoutNumberOrQuantityAndSaysWhere() {
		ReadResult result = reader.read(interchange("""
				BGM+380++9'
				RFF+ON:PO-1001'
				LIN+1++ABC-1:SA'
				PRI+AAA:2.5'
				UNS+S'
				"""));

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).containsExactly(
				new SyntaxProblem("message M1, segment 2 (BGM), element 2", "BGM 1004 (the invoice number) is required"),
				new SyntaxProblem("message M1, segment 4 (LIN)", "No QTY+47 gives the invoiced quantity of this line"));
		assertThat(result.groups().get(0).transactions()).singleElement()
			.satisfies(message -> assertThat(message.status()).isEqualTo("R"));
	}

	@Test
	void refusesADocumentThatIsNoInvoice() {
		ReadResult result = reader.read(interchange("""
				BGM+220+PO-1+9'
				LIN+1++ABC-1:SA'
				QTY+47:1'
				PRI+AAA:1'
				"""));

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).first().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("message M1, segment 2 (BGM), element 1");
			assertThat(problem.message()).startsWith("BGM 1001 '220' is not an invoice or credit note");
		});
	}
}
