package org.distributionhub.inventory.ports.in;

import java.util.List;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;

/**
 * Allocates customer orders: each line reserves what is free of its SKU in the order's warehouse and waits for the
 * rest (backordered, pegged to expected inbound), or is refused. A revision not newer than the one applied, and
 * anything after a cancellation, changes nothing. The decisions are told as StockReserved, StockBackordered and
 * AllocationRefused.
 */
public interface AllocateOrders {

	/** An order as placed or changed: {@code lines} is the whole order as it now stands. */
	void allocate(AllocateOrderCommand command);

	/** A cancelled order: every reservation and backorder of it is released. */
	void release(ReleaseOrderCommand command);

	record AllocateOrderCommand(CorrelationId correlationId, String orderId, String warehouse, int revision,
			List<Line> lines) {

		public AllocateOrderCommand {
			lines = List.copyOf(lines);
		}

		public record Line(int lineNumber, Sku sku, Quantity quantity) {
		}
	}

	record ReleaseOrderCommand(CorrelationId correlationId, String orderId, String warehouse, int revision) {
	}
}
