package org.distributionhub.order.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;

/**
 * Inventory holds the whole quantity of these lines of an order for it (one event per order and decision).
 * Published by inventory in the order module's vocabulary (ADR 0009). Each line's {@code allocationVersion} grows
 * with every allocation decision on that line, so the order keeps the newest decision whatever order deliveries
 * arrive in.
 */
public record StockReserved(UUID eventId, CorrelationId correlationId, String orderId, String warehouse,
		List<ReservedLine> lines, Instant decidedAt) implements AllocationAnswer<StockReserved> {

	public StockReserved {
		lines = List.copyOf(lines);
	}

	@Override
	public StockReserved keeping(Predicate<AnsweredLine> keep) {
		return new StockReserved(eventId, correlationId, orderId, warehouse, lines.stream().filter(keep).toList(),
				decidedAt);
	}

	/** A line now wholly reserved; {@code reserved} counts what was already dispatched from it. */
	public record ReservedLine(int lineNumber, Sku sku, Quantity reserved, long allocationVersion) implements AnsweredLine {
	}
}
