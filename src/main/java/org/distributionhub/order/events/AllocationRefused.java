package org.distributionhub.order.events;

import java.time.Instant;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Sku;

/**
 * Inventory cannot allocate an order line at all: {@code reason} is UNKNOWN_SKU, UNKNOWN_WAREHOUSE or UNIT_MISMATCH and
 * {@code message} says it in words. The line waits in that state until the order is changed or cancelled.
 */
public record AllocationRefused(UUID eventId, CorrelationId correlationId, String orderId, int lineNumber, Sku sku,
		String warehouse, String reason, String message, long allocationVersion, Instant decidedAt)
		implements IntegrationEvent {
}
