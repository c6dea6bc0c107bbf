package org.distributionhub.supplier.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * A supplier invoice (or credit note) agreed with its purchase order and what was received, within the supplier's
 * tolerances, or a held one was approved by {@code approvedBy} with {@code approvalReason}: it is to be billed in the
 * ERP as a vendor bill. {@code receipts} are the goods receipts the match relied on: the ERP gateway posts the bill
 * after their postings. Amounts are positive; a credit note ({@code creditNote}) reduces what was billed, naming the
 * invoice it credits when known. {@code total} = lines + charges (allowances negative).
 */
public record SupplierInvoiceMatched(UUID eventId, CorrelationId correlationId, String supplierId,
		String invoiceNumber, String poNumber, boolean creditNote, @Nullable String originalInvoiceNumber,
		LocalDate invoiceDate, String currency, List<Line> lines, List<Charge> charges, BigDecimal total,
		List<Receipt> receipts, @Nullable String approvedBy, @Nullable String approvalReason)
		implements IntegrationEvent {

	public SupplierInvoiceMatched {
		lines = List.copyOf(lines);
		charges = List.copyOf(charges);
		receipts = List.copyOf(receipts);
	}

	/** An invoiced PO line in our terms: SKU, quantity in the line's unit, unit price and line amount. */
	public record Line(String poLineNumber, Sku sku, Quantity quantity, BigDecimal unitPrice, BigDecimal amount) {
	}

	/** A tax, charge or allowance of the invoice: kind TAX, CHARGE or ALLOWANCE; allowances carry a negative amount. */
	public record Charge(String kind, String description, BigDecimal amount) {
	}

	/** A goods receipt of the PO as the warehouse reported it ({@code GoodsReceived}): its warehouse and receipt id. */
	public record Receipt(String warehouse, String receiptId) {
	}
}
