package org.distributionhub.order.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Sku;

/**
 * Inventory cannot allocate these lines of an order at all. The lines wait in that state until the order is changed
 * or cancelled.
 */
public record AllocationRefused(UUID eventId, CorrelationId correlationId, String orderId, String warehouse,
		List<RefusedLine> lines, Instant decidedAt) implements AllocationAnswer<AllocationRefused> {

	public AllocationRefused {
		lines = List.copyOf(lines);
	}

	@Override
	public AllocationRefused keeping(Predicate<AnsweredLine> keep) {
		return new AllocationRefused(eventId, correlationId, orderId, warehouse, lines.stream().filter(keep).toList(),
				decidedAt);
	}

	/** {@code reason}: UNKNOWN_SKU, UNKNOWN_WAREHOUSE or UNIT_MISMATCH; {@code message} says it in words. */
	public record RefusedLine(int lineNumber, Sku sku, String reason, String message, long allocationVersion) implements AnsweredLine {
	}
}
