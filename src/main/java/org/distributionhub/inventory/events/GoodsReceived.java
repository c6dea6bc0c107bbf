package org.distributionhub.inventory.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * The warehouse received goods: they are on hand now. {@code receiptId} is the WMS's id of the receipt; with a
 * {@code poNumber} the receipt closed the expected inbound of that purchase order's lines. The ERP gateway posts it.
 */
public record GoodsReceived(UUID eventId, CorrelationId correlationId, String receiptId, String warehouse,
		@Nullable String poNumber, List<Line> lines, Instant receivedAt) implements IntegrationEvent {

	public GoodsReceived {
		lines = List.copyOf(lines);
	}

	/** A received quantity of a SKU, for a PO line if the warehouse named one. */
	public record Line(@Nullable String poLineNumber, Sku sku, Quantity quantity) {
	}
}
