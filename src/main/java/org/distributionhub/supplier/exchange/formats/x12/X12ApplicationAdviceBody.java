package org.distributionhub.supplier.exchange.formats.x12;

import java.time.format.DateTimeFormatter;

import org.distributionhub.supplier.exchange.formats.edi.EdiOut;
import org.distributionhub.supplier.exchange.ports.out.InvoiceRejection;

/**
 * The segments of an 824 that rejects an invoice: BGN (00 original, our reference, the date), OTI (IR rejected, IV
 * invoice number, the invoice number), REF*PO with the order it billed, TED (ZZZ, the reason in 60 characters) and
 * NTE*GEN with the reason in up to 80. Delimiters in the reason become spaces.
 */
final class X12ApplicationAdviceBody {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private X12ApplicationAdviceBody() {
	}

	static void write(InvoiceRejection rejection, EdiOut out) {
		out.segment("BGN", "00", clean(rejection.reference(), 30), rejection.rejectedAt().format(DATE));
		out.segment("OTI", "IR", "IV", clean(rejection.invoiceNumber(), 30));
		if (rejection.poNumber() != null) {
			out.segment("REF", "PO", clean(rejection.poNumber(), 30));
		}
		out.segment("TED", "ZZZ", clean(rejection.reason(), 60));
		out.segment("NTE", "GEN", clean(rejection.reason(), 80));
	}

	/** The text without X12 delimiters or control characters, cut to the element's maximum length. */
	static String clean(String text, int max) {
		String plain = text.replaceAll("[*~>^|\\p{Cntrl}]", " ").strip();
		plain = plain.isEmpty() ? "-" : plain;
		return plain.length() <= max ? plain : plain.substring(0, max).strip();
	}
}
