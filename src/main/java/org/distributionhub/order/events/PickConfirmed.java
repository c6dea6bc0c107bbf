package org.distributionhub.order.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;

/**
 * The warehouse confirmed picking lines of an order ({@code warehouseEventId} is the WMS's own id of the message).
 * Published by inventory's warehouse intake, which checked that the order and its lines exist (ADR 0009).
 */
public record PickConfirmed(UUID eventId, CorrelationId correlationId, String warehouseEventId, String orderId,
		String warehouse, List<PickedLine> lines, Instant pickedAt) implements IntegrationEvent {

	public PickConfirmed {
		lines = List.copyOf(lines);
	}

	/** A picked or dispatched quantity of one order line. */
	public record PickedLine(int lineNumber, Sku sku, Quantity quantity) {
	}
}
