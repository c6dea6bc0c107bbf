package org.distributionhub.order.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;

/**
 * A shipment of an order is final: its dispatch is confirmed, its picks cover it and the allocation of its lines is
 * final. The ERP gateway posts it as the sales order's shipment (delivery).
 */
public record OrderShipped(UUID eventId, CorrelationId correlationId, String orderId, String channel,
		String externalOrderId, String customer, String shipmentId, String warehouse,
		List<PickConfirmed.PickedLine> lines, Instant dispatchedAt) implements IntegrationEvent {

	public OrderShipped {
		lines = List.copyOf(lines);
	}
}
