package org.distributionhub.order.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * Inventory could hold only part (or none) of these lines of an order now (one event per order and decision):
 * {@code backordered} waits for inbound stock. Published again, with a higher {@code allocationVersion}, whenever a
 * line's promise moves (re-pegging after an inbound change) or part of it is reserved.
 */
public record StockBackordered(UUID eventId, CorrelationId correlationId, String orderId, String warehouse,
		List<BackorderedLine> lines, Instant decidedAt) implements AllocationAnswer<StockBackordered> {

	public StockBackordered {
		lines = List.copyOf(lines);
	}

	@Override
	public StockBackordered keeping(Predicate<AnsweredLine> keep) {
		return new StockBackordered(eventId, correlationId, orderId, warehouse, lines.stream().filter(keep).toList(),
				decidedAt);
	}

	/**
	 * {@code promiseDate} is the date of the earliest expected inbound, not yet committed to older backorders, that
	 * covers the line; null is the explicit "no inbound" state: nothing dated that is expected can cover it.
	 * {@code reserved} counts what was already dispatched from the line.
	 */
	public record BackorderedLine(int lineNumber, Sku sku, Quantity reserved, Quantity backordered,
			@Nullable LocalDate promiseDate, long allocationVersion) implements AnsweredLine {

		public boolean noInbound() {
			return promiseDate == null;
		}
	}
}
