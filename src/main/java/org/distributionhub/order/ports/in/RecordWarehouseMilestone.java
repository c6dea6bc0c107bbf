package org.distributionhub.order.ports.in;

import java.time.Instant;
import java.util.List;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * Records what the warehouse did for an order: picks add up, a dispatch is released once its picks and allocation
 * cover it and held until then. The same warehouse message (or shipment) again changes nothing.
 */
public interface RecordWarehouseMilestone {

	void pick(PickCommand command);

	void dispatch(DispatchCommand command);

	record PickCommand(String orderId, String warehouseEventId, List<MilestoneLine> lines, Instant pickedAt) {

		public PickCommand {
			lines = List.copyOf(lines);
		}
	}

	record DispatchCommand(String orderId, String warehouseEventId, String shipmentId, List<MilestoneLine> lines,
			@Nullable String carrier, @Nullable String trackingNumber, Instant dispatchedAt) {

		public DispatchCommand {
			lines = List.copyOf(lines);
		}
	}

	/** A picked or dispatched quantity of one order line. */
	record MilestoneLine(int lineNumber, Sku sku, Quantity quantity) {
	}
}
