package org.distributionhub.supplier.procurement.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerItemId;
import org.distributionhub.supplier.exchange.api.ReceivedInvoice;
import org.junit.jupiter.api.Test;

/**
 * What tells a re-sent invoice from another one under the same number: the content hash covers what the invoice
 * says, not how the message wrapped it, and not how a number was written. A credit note is read in positive terms.
 */
class SupplierInvoiceIntakeTest {

	@Test
	void theSameInvoiceInAnotherMessageHasTheSameHashAndAnotherPriceAnotherOne() {
		String hash = SupplierInvoiceIntake.contentHash(invoice("doc-1", "10.00", "120.00"));
		assertThat(SupplierInvoiceIntake.contentHash(invoice("doc-7", "10.0", "120"))).isEqualTo(hash);
		assertThat(SupplierInvoiceIntake.contentHash(invoice("doc-1", "11.00", "130.00"))).isNotEqualTo(hash);
		assertThat(hash).hasSize(64);
	}

	@Test
	void aCreditNoteWrittenInNegativeAmountsIsTakenInPositiveTerms() {
		var negative = new ReceivedInvoice("doc-1", "CN-1", LocalDate.of(2026, 12, 11), "PO-1", true, "INV-1", "USD",
				List.of(new ReceivedInvoice.Line("1", null, List.of(new PartnerItemId("VP", "VP-1")),
						new BigDecimal("-10"), "EA", new BigDecimal("-2.50"))),
				List.of(new ReceivedInvoice.Charge("TAX", "VA", new BigDecimal("-2.00"), "VAT")),
				new BigDecimal("-27.00"));
		var positive = SupplierInvoiceIntake.inPositiveTerms(negative);
		assertThat(positive.lines().get(0).quantity()).isEqualByComparingTo("10");
		assertThat(positive.lines().get(0).unitPrice()).isEqualByComparingTo("2.50");
		assertThat(positive.charges().get(0).amount()).isEqualByComparingTo("2.00");
		assertThat(positive.totalAmount()).isEqualByComparingTo("27.00");
		assertThat(SupplierInvoiceIntake.inPositiveTerms(invoice("doc-1", "10.00", "120.00")).lines().get(0).quantity())
			.as("an invoice stays as it is").isEqualByComparingTo("10");
	}

	private static ReceivedInvoice invoice(String documentId, String price, String total) {
		return new ReceivedInvoice(documentId, "INV-1", LocalDate.of(2026, 12, 11), "PO-1", false, null, "USD",
				List.of(new ReceivedInvoice.Line("1", null, List.of(new PartnerItemId("VP", "VP-1")), new BigDecimal(10),
						"EA", new BigDecimal(price)),
						new ReceivedInvoice.Line(null, null, List.of(new PartnerItemId("VP", "VP-2")), new BigDecimal(5),
								"EA", new BigDecimal("4.00"))),
				List.of(new ReceivedInvoice.Charge("TAX", "VA", BigDecimal.ZERO, "VAT")), new BigDecimal(total));
	}
}
