package org.distributionhub.supplier.procurement.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What an invoice is matched against: its purchase order's lines as agreed with the supplier, what the warehouse
 * received of them, what other matched or approved invoices and credit notes billed already, the goods receipts
 * of the order, and the supplier's tolerances.
 */
@ValueObject
public record MatchBasis(@Nullable String poCurrency, Map<String, OrderedLine> lines, List<ReceiptRef> receipts,
		InvoiceTolerances tolerances) {

	public MatchBasis {
		lines = Map.copyOf(lines);
		receipts = List.copyOf(receipts);
	}

	/**
	 * A PO line: its SKU and any substitute the supplier acknowledged, its unit, the agreed unit price (confirmed by
	 * the supplier, else ordered; null when the order has none), the quantity the supplier will deliver in all,
	 * what was received in the line's unit (and whether some came in another unit), and what earlier invoices
	 * ({@code invoiced}) and credit notes ({@code credited}) billed, in quantity and amount.
	 */
	public record OrderedLine(String lineNumber, String sku, @Nullable String substitute, String unit,
			@Nullable BigDecimal agreedPrice, BigDecimal expected, BigDecimal received, boolean receivedInOtherUnit,
			BigDecimal invoicedQuantity, BigDecimal invoicedAmount, BigDecimal creditedQuantity,
			BigDecimal creditedAmount) {
	}

	/** A goods receipt of the order: warehouse, receipt id and the PO lines it received. */
	public record ReceiptRef(String warehouse, String receiptId, List<String> poLineNumbers) {

		public ReceiptRef {
			poLineNumbers = List.copyOf(poLineNumbers);
		}
	}
}
