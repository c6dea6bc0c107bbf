package org.distributionhub.supplier.exchange.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice.Charge;
import org.distributionhub.supplier.exchange.formats.edi.EdiFiles;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.junit.jupiter.api.Test;

/** 810 invoices: the public sample and the variants partners send (credit memo, allowances and tax, part numbers). */
class X12InvoiceReaderTest {

	private final X12MessageReader reader = new X12MessageReader();

	private static String invoices(String... bodies) {
		return EdiFiles.x12("00401", "004010", "IN", "810", List.of(bodies));
	}

	@Test
	void readsBothInvoicesOfThePublicSample() {
		ReadResult result = reader.read(EdiFiles.sample("x12-810-850-staedi-dual.edi"));

		var first = (ReceivedInvoice) result.documents().get(0);
		assertThat(first.documentId()).isEqualTo("000000001");
		assertThat(first.invoiceNumber()).isEqualTo("00001");
		assertThat(first.invoiceDate()).isEqualTo(LocalDate.of(1997, 12, 11));
		assertThat(first.poNumber()).isEqualTo("A99999-01");
		assertThat(first.creditNote()).isFalse();
		assertThat(first.totalAmount()).isEqualByComparingTo("2554.38");
		assertThat(first.lines()).hasSize(7);
		assertThat(first.lines().get(0)).isEqualTo(new ReceivedInvoice.Line(null, null,
				List.of(new PartnerItemId("UA", "002840022222")), new BigDecimal("16"), "CA", new BigDecimal("12.34")));
		var second = (ReceivedInvoice) result.documents().get(1);
		assertThat(second.poNumber()).isEqualTo("A99999-04");
		assertThat(second.lines()).extracting(ReceivedInvoice.Line::quantity)
			.containsExactly(new BigDecimal("50"), new BigDecimal("100"));
	}

	@Test
	void readsACreditMemoNamingTheInvoiceItCredits() {
		ReadResult result = reader.read(EdiFiles.bytes(invoices("""
				BIG*20261201*CM-77*20261101*PO-1001*INV-55**CR
				CUR*SE*EUR
				IT1*1*2*EA*10.00**VP*ABC-1
				TDS*2000
				CTT*1
				""")));

		assertThat(result.problems()).isEmpty();
		var credit = (ReceivedInvoice) result.documents().get(0);
		assertThat(credit.creditNote()).isTrue();
		assertThat(credit.originalInvoiceNumber()).isEqualTo("INV-55");
		assertThat(credit.currency()).isEqualTo("EUR");
		assertThat(credit.totalAmount()).isEqualByComparingTo("20.00");
		assertThat(credit.lines().get(0).lineNumber()).isEqualTo("1");
	}

	@Test
	void readsAllowancesChargesAndTaxOfTheSummaryAndAnOriginalInvoiceByRef() {
		ReadResult result = reader.read(EdiFiles.bytes(invoices("""
				BIG*20261201*INV-9001**PO-1001***DI
				REF*OI*INV-9000
				IT1*1*100*EA*2.50**VP*ABC-1*BP*SKU-1
				REF*PO*PO-1002
				TDS*28815
				TXI*VA*47.50*19
				SAC*A*C310***1000**********Early payment
				SAC*C*D240***1565
				CTT*1
				""")));

		assertThat(result.problems()).isEmpty();
		var invoice = (ReceivedInvoice) result.documents().get(0);
		assertThat(invoice.creditNote()).isFalse();
		assertThat(invoice.originalInvoiceNumber()).isEqualTo("INV-9000");
		assertThat(invoice.totalAmount()).isEqualByComparingTo("288.15");
		assertThat(invoice.lines().get(0).poNumber()).isEqualTo("PO-1002");
		assertThat(invoice.lines().get(0).items()).containsExactly(new PartnerItemId("VP", "ABC-1"),
				new PartnerItemId("BP", "SKU-1"));
		assertThat(invoice.charges()).containsExactly(new Charge("TAX", "VA", new BigDecimal("47.50"), "rate 19%"),
				new Charge("ALLOWANCE", "C310", new BigDecimal("10.00"), "Early payment"),
				new Charge("CHARGE", "D240", new BigDecimal("15.65"), null));
	}

	@Test
	void readsSeveralLinesNamedByVendorPartsOnly() {
		ReadResult result = reader.read(EdiFiles.bytes(invoices("""
				BIG*20261201*INV-42**PO-1001
				IT1**10*CA*8.5**VP*ABC-1
				IT1**5*EA*1.25**VP*ABC-2*PL*3
				IT1**1*EA*99**VN*XYZ-9
				TDS*11124
				CTT*3
				""")));

		assertThat(result.problems()).isEmpty();
		var invoice = (ReceivedInvoice) result.documents().get(0);
		assertThat(invoice.lines()).extracting(ReceivedInvoice.Line::lineNumber).containsExactly(null, "3", null);
		assertThat(invoice.lines()).extracting(line -> line.items().get(0))
			.containsExactly(new PartnerItemId("VP", "ABC-1"), new PartnerItemId("VP", "ABC-2"),
					new PartnerItemId("VN", "XYZ-9"));
		assertThat(result.groups().get(0).status()).isEqualTo("A");
	}

	@Test
	void rejectsAnInvoiceWithoutANumberAtBig02() {
		ReadResult result = reader.read(EdiFiles.bytes(invoices("""
				BIG*20261201***PO-1001
				IT1*1*1*EA*1**VP*ABC-1
				TDS*100
				CTT*1
				""")));

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).contains(new SyntaxProblem("transaction 0001, segment 2 (BIG), element 2",
				"BIG02 is required"));
		GroupReport.TransactionReport transaction = result.groups().get(0).transactions().get(0);
		assertThat(transaction.status()).isEqualTo("R");
		assertThat(transaction.segmentErrors()).singleElement().satisfies(segment -> {
			assertThat(segment.segmentId()).isEqualTo("BIG");
			assertThat(segment.position()).isEqualTo(2);
			assertThat(segment.elements()).singleElement()
				.satisfies(element -> assertThat(element.code()).isEqualTo("1"));
		});
	}

	@Test
	void rejectsALineCountThatDoesNotMatchAndAPriceThatIsNoNumber() {
		ReadResult result = reader.read(EdiFiles.bytes(invoices("""
				BIG*20261201*INV-43**PO-1001
				IT1*1*1*EA*1,50**VP*ABC-1
				TDS*150
				CTT*2
				""")));

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).contains(
				new SyntaxProblem("transaction 0001, segment 3 (IT1), element 4", "IT104 '1,50' is not a number"),
				new SyntaxProblem("transaction 0001, segment 5 (CTT), element 1",
						"CTT01 says 2 lines but the invoice has 1 IT1 segments"));
	}
}
