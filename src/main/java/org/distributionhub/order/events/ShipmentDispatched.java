package org.distributionhub.order.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * The warehouse dispatched a shipment of an order: the goods left. Published by inventory's warehouse intake once the
 * stock has left its positions; the order decides whether the shipment can be released to the ERP or is held.
 */
public record ShipmentDispatched(UUID eventId, CorrelationId correlationId, String warehouseEventId, String orderId,
		String shipmentId, String warehouse, List<PickConfirmed.PickedLine> lines, @Nullable String carrier,
		@Nullable String trackingNumber, Instant dispatchedAt) implements IntegrationEvent {

	public ShipmentDispatched {
		lines = List.copyOf(lines);
	}
}
