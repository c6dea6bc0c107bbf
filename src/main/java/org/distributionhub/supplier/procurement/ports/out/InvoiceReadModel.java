package org.distributionhub.supplier.procurement.ports.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.api.FindSupplierInvoices.ChargeView;
import org.distributionhub.supplier.api.FindSupplierInvoices.InvoiceFilter;
import org.distributionhub.supplier.api.FindSupplierInvoices.InvoiceSummary;
import org.jspecify.annotations.Nullable;

/**
 * The stored supplier invoices, goods receipts and PO lines as the console reads them: lists, one invoice with its
 * lines, and the quantities and prices the side-by-side view and the accrual reconciliation are computed from.
 */
public interface InvoiceReadModel {

	/** Newest received first, at most {@code filter.limit()}. */
	List<InvoiceSummary> invoices(InvoiceFilter filter);

	/** Held invoices, the longest held first. */
	List<InvoiceSummary> held(int limit);

	Optional<StoredInvoice> invoice(long invoiceId);

	/** The lines of one purchase order with their effective price (the confirmed one if the supplier gave one). */
	List<PoLine> poLines(String supplierId, String poNumber);

	/** Lines of the orders of a supplier (null: all) that have a goods receipt or a matched or approved invoice. */
	List<PoLine> poLinesWithActivity(@Nullable String supplierId);

	/** Every received quantity of one purchase order. */
	List<ReceivedQuantity> received(String supplierId, String poNumber);

	/** Every received quantity of a supplier's orders (null: every supplier's). */
	List<ReceivedQuantity> received(@Nullable String supplierId);

	/** Lines billing one purchase order on its supplier's other invoices and credit notes that are not rejected. */
	List<InvoicedQuantity> invoicedElsewhere(String supplierId, String poNumber, long exceptInvoiceId);

	/** Lines of the matched and approved invoices and credit notes of a supplier (null: every supplier's). */
	List<InvoicedQuantity> billed(@Nullable String supplierId);

	/** An invoice with what the summary does not carry. */
	record StoredInvoice(InvoiceSummary summary, @Nullable String originalInvoiceNumber, List<StoredLine> lines,
			List<ChargeView> charges, @Nullable String decidedBy, @Nullable Instant decidedAt,
			@Nullable String decisionReason, @Nullable String sourceMessageId) {
	}

	/** An invoiced line as stored: its problems one a line. */
	record StoredLine(int position, @Nullable String poNumber, @Nullable String poLineNumber, @Nullable String sku,
			BigDecimal quantity, @Nullable String unit, BigDecimal unitPrice, BigDecimal amount,
			List<String> problems) {
	}

	/** A PO line; {@code price} is the supplier's confirmed price, else ours, null when neither is known. */
	record PoLine(String supplierId, String poNumber, String lineNumber, String sku, BigDecimal ordered, String unit,
			@Nullable BigDecimal price, @Nullable String substitute, @Nullable String currency) {
	}

	/** A quantity a goods receipt line reported; {@code poLineNumber} null when the warehouse named none. */
	record ReceivedQuantity(String supplierId, String poNumber, @Nullable String poLineNumber, String sku,
			BigDecimal quantity, Instant receivedAt) {
	}

	/** A quantity and amount an invoice line billed: negative both on a credit note. */
	record InvoicedQuantity(String supplierId, String poNumber, @Nullable String poLineNumber, @Nullable String sku,
			BigDecimal quantity, BigDecimal amount, Instant receivedAt, String currency) {
	}
}
