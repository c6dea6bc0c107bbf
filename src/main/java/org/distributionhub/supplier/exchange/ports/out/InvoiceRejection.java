package org.distributionhub.supplier.exchange.ports.out;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What we tell a supplier about an invoice we rejected: its number, the order it billed, why, and when.
 * {@code reference} is our own number for the answer (the 824 BGN02, the APERAK BGM 1004).
 */
public record InvoiceRejection(String invoiceNumber, @Nullable String poNumber, String reason,
		OffsetDateTime rejectedAt, String reference) {
}
