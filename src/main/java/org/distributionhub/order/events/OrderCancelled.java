package org.distributionhub.order.events;

import java.time.Instant;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;

/** The channel cancelled an order before it shipped: every reservation and backorder of it is released. */
public record OrderCancelled(UUID eventId, CorrelationId correlationId, String orderId, String warehouse, int revision,
		String reason, Instant cancelledAt) implements IntegrationEvent {
}
