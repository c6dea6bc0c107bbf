package org.distributionhub.order.events;

import java.time.Instant;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;

/**
 * Inventory holds the whole quantity of an order line for it. Published by inventory in the order module's
 * vocabulary (ADR 0009). {@code allocationVersion} grows with every allocation decision on the line, so the order
 * keeps the newest decision whatever order deliveries arrive in.
 */
public record StockReserved(UUID eventId, CorrelationId correlationId, String orderId, int lineNumber, Sku sku,
		String warehouse, Quantity reserved, long allocationVersion, Instant decidedAt) implements IntegrationEvent {
}
