package org.distributionhub.supplier.procurement.ports.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.distributionhub.supplier.procurement.domain.SupplierInvoice;

/** Stored supplier invoices and credit notes with their lines, charges and where they stand in the match. */
public interface SupplierInvoices {

	/**
	 * Stores a new invoice and gives it its id, unless the supplier's number (and credit-note flag) is taken: then
	 * the content hash of the invoice stored under it, and nothing is stored.
	 */
	Optional<String> insertFirst(SupplierInvoice invoice);

	/** The content hash of the invoice stored under this number, if any. */
	Optional<String> contentHashOf(String supplierId, String invoiceNumber, boolean creditNote);

	/** Saves the invoice's state if nobody changed it since it was read; false if somebody did. */
	boolean update(SupplierInvoice invoice);

	Optional<SupplierInvoice> find(long id);

	/** The invoices of a purchase order that goods arriving may change: waiting, or held for goods only. */
	List<SupplierInvoice> awaitingGoods(String supplierId, String poNumber);

	/** Ids of invoices waiting for goods past their wait, oldest first. */
	List<Long> waitedTooLong(Instant now, int limit);

	/**
	 * What invoices other than {@code exceptId} billed per PO line of an order: matched and approved ones, and those
	 * still held or waiting, so two invoices for the same goods cannot both pass while one waits for a decision.
	 */
	List<Billed> billed(String supplierId, String poNumber, long exceptId);

	/** Quantity and amount billed on a PO line by invoices ({@code creditNote} false) or by credit notes. */
	record Billed(String poLineNumber, boolean creditNote, BigDecimal quantity, BigDecimal amount) {
	}
}
