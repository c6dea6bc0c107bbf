package org.distributionhub.order.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * Inventory could hold only part (or none) of these lines of an order now (one event per order and decision):
 * {@code backordered} waits for inbound stock. Published again, with a higher {@code allocationVersion}, whenever a
 * line's promise moves (re-pegging after an inbound change) or part of it is reserved.
 */
public record StockBackordered(UUID eventId, CorrelationId correlationId, String orderId, String warehouse,
		List<BackorderedLine> lines, Instant decidedAt) implements IntegrationEvent {

	public StockBackordered {
		lines = List.copyOf(lines);
	}

	/**
	 * {@code promiseDate} is the date of the earliest expected inbound, not yet committed to older backorders, that
	 * covers the line; null is the explicit "no inbound" state: nothing dated that is expected can cover it.
	 * {@code reserved} counts what was already dispatched from the line.
	 */
	public record BackorderedLine(int lineNumber, Sku sku, Quantity reserved, Quantity backordered,
			@Nullable LocalDate promiseDate, long allocationVersion) {

		public boolean noInbound() {
			return promiseDate == null;
		}
	}
}
