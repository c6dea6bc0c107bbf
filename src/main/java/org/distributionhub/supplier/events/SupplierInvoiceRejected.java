package org.distributionhub.supplier.events;

import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * A supplier invoice was rejected, by a person ({@code rejectedBy}) or by the hub's rules ({@code rejectedBy} null):
 * it will not be billed, and the supplier is told through its channel. {@code channel} is the channel that brought
 * the invoice (X12, EDIFACT, CSV, JSON, ...), {@code sourceMessageId} the hub's id of that message.
 */
public record SupplierInvoiceRejected(UUID eventId, CorrelationId correlationId, String supplierId,
		String invoiceNumber, @Nullable String poNumber, String reason, @Nullable String rejectedBy, String channel,
		@Nullable String sourceMessageId) implements IntegrationEvent {
}
