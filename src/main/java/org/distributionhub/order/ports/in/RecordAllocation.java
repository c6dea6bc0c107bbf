package org.distributionhub.order.ports.in;

import java.time.LocalDate;
import java.util.List;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * Records Inventory's allocation decisions on an order's lines. A line keeps a decision only if its version is higher
 * than the one it holds; decisions for a cancelled order are ignored. Promise changes go to the OMS.
 */
public interface RecordAllocation {

	void record(AllocationCommand command);

	record AllocationCommand(String orderId, List<LineDecision> lines) {

		public AllocationCommand {
			lines = List.copyOf(lines);
		}
	}

	/**
	 * {@code status}: RESERVED, BACKORDERED (with a promise date, or none for "no inbound") or REFUSED (with a reason
	 * code and message); quantities null where the decision names none.
	 */
	record LineDecision(int lineNumber, Sku sku, String status, @Nullable Quantity reserved,
			@Nullable Quantity backordered, @Nullable LocalDate promiseDate, @Nullable String refusalReason,
			@Nullable String refusalMessage, long allocationVersion) {
	}
}
