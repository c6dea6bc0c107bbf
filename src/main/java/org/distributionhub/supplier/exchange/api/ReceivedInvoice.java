package org.distributionhub.supplier.exchange.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A supplier invoice or credit note as the partner sent it (X12 810, EDIFACT INVOIC, portal JSON, CSV rows of one
 * invoice). {@code invoiceNumber} is BIG02 / BGM 1004; {@code poNumber} the order it bills (BIG04, RFF+ON), lines may
 * name their own. {@code creditNote} is BIG07 CR or BGM 1001 381; a credit note names the invoice it credits when the
 * partner gave it ({@code originalInvoiceNumber}: BIG05 or REF*OI, RFF+IV). {@code totalAmount} is the partner's
 * stated total (TDS01 in cents as sent, MOA+77/86/39) when given, charges are taxes, charges and allowances at
 * the invoice level (TXI, SAC, ALC/MOA, a JSON charges array). Codes are kept verbatim.
 */
public record ReceivedInvoice(String documentId, String invoiceNumber, @Nullable LocalDate invoiceDate,
		@Nullable String poNumber, boolean creditNote, @Nullable String originalInvoiceNumber,
		@Nullable String currency, List<Line> lines, List<Charge> charges, @Nullable BigDecimal totalAmount)
		implements PartnerDocument {

	public ReceivedInvoice {
		lines = List.copyOf(lines);
		charges = List.copyOf(charges);
	}

	/**
	 * One invoiced line (X12 IT1 loop, EDIFACT LIN group, a JSON line, a CSV row). {@code lineNumber} is our PO line
	 * number when the partner echoes it (IT101, LIN 1082 or a reference); {@code poNumber} when the line names its
	 * own order; {@code items} are the ids given, most specific first; quantity, unit and unit price as invoiced.
	 */
	public record Line(@Nullable String lineNumber, @Nullable String poNumber, List<PartnerItemId> items,
			BigDecimal quantity, @Nullable String unit, BigDecimal unitPrice) {

		public Line {
			items = List.copyOf(items);
		}
	}

	/**
	 * A tax, charge or allowance of the whole invoice: {@code kind} TAX, CHARGE or ALLOWANCE, the partner's code for
	 * it (TXI01, SAC02, ALC 7161) and a description; {@code amount} is positive, an allowance reduces the total.
	 */
	public record Charge(String kind, @Nullable String code, BigDecimal amount, @Nullable String description) {
	}
}
