package org.distributionhub.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Supplier invoices and how each line matched its purchase order and the goods received, for the console. */
public interface FindSupplierInvoices {

	/** Invoices passing the filter, newest received first, at most {@code filter.limit()}. */
	List<InvoiceSummary> invoices(InvoiceFilter filter);

	/** The held invoices, the oldest first: the match-exception queue. */
	List<InvoiceSummary> held(int limit);

	Optional<InvoiceDetail> invoice(long invoiceId);

	/** {@code from} and {@code to} bound the invoice date, both inclusive; null fields do not filter. */
	record InvoiceFilter(@Nullable String supplierId, @Nullable InvoiceStatus status, @Nullable LocalDate from,
			@Nullable LocalDate to, int limit) {
	}

	/**
	 * One invoice: {@code total} is positive for an invoice and negative for a credit note; {@code holdReasons} in
	 * words while it is (or was) held; {@code heldSince} when it became held.
	 */
	record InvoiceSummary(long id, String supplierId, String invoiceNumber, @Nullable String poNumber,
			boolean creditNote, InvoiceStatus status, List<String> holdReasons, BigDecimal total, String currency,
			@Nullable LocalDate invoiceDate, Instant receivedAt, @Nullable Instant heldSince, String channel) {

		public InvoiceSummary {
			holdReasons = List.copyOf(holdReasons);
		}
	}

	/**
	 * An invoice with its lines side by side with the PO and the receipts, its charges, the decision taken on it
	 * (who, when, why) and the ERP's answer once billed.
	 */
	record InvoiceDetail(InvoiceSummary summary, @Nullable String originalInvoiceNumber, List<LineMatch> lines,
			List<ChargeView> charges, @Nullable String decidedBy, @Nullable Instant decidedAt,
			@Nullable String decisionReason, @Nullable String sourceMessageId) {

		public InvoiceDetail {
			lines = List.copyOf(lines);
			charges = List.copyOf(charges);
		}
	}

	/**
	 * An invoice line against its PO line and receipts: what was invoiced, ordered (and acknowledged: price,
	 * substitute), received, and invoiced before on other invoices; {@code problems} in words, empty when the line
	 * matched. PO-side fields are null when no PO line was found.
	 */
	record LineMatch(int position, @Nullable String poLineNumber, @Nullable String sku, BigDecimal invoicedQuantity,
			@Nullable String unit, BigDecimal invoicedPrice, BigDecimal invoicedAmount,
			@Nullable BigDecimal orderedQuantity, @Nullable BigDecimal poPrice, @Nullable String substitute,
			BigDecimal receivedQuantity, BigDecimal previouslyInvoiced, List<String> problems) {

		public LineMatch {
			problems = List.copyOf(problems);
		}
	}

	record ChargeView(String kind, String description, BigDecimal amount) {
	}
}
