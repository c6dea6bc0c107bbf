package org.distributionhub.supplier.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * A supplier's invoice (or credit note) was taken in, once per invoice number of the supplier, whatever channel or
 * how many copies brought it; matching follows. {@code total} is the invoice's total in our terms (lines, taxes and
 * charges less allowances), negative for a credit note.
 */
public record SupplierInvoiceReceived(UUID eventId, CorrelationId correlationId, String supplierId,
		String invoiceNumber, @Nullable String poNumber, boolean creditNote, @Nullable LocalDate invoiceDate,
		BigDecimal total, String currency, String channel, Instant receivedAt) implements IntegrationEvent {
}
