package org.distributionhub.order.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * Inventory could hold only {@code reserved} of an order line now; {@code backordered} waits for inbound stock and is
 * promised for {@code promiseDate}, the date of the earliest expected inbound not yet committed to other orders that
 * covers it. A null promise date is the explicit "no inbound" state: nothing expected can cover the line. Published
 * again, with a higher {@code allocationVersion}, whenever the promise moves (re-pegging) or part of it is reserved.
 */
public record StockBackordered(UUID eventId, CorrelationId correlationId, String orderId, int lineNumber, Sku sku,
		String warehouse, Quantity reserved, Quantity backordered, @Nullable LocalDate promiseDate,
		long allocationVersion, Instant decidedAt) implements IntegrationEvent {

	public boolean noInbound() {
		return promiseDate == null;
	}
}
