package org.distributionhub.order.ports.in;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

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

	/** Inventory's decision on one line: it reserved, backordered or refused it, each with what that kind names. */
	sealed interface LineDecision permits Reserved, Backordered, Refused {

		int lineNumber();

		Sku sku();

		long allocationVersion();

		/** The one of the three functions that fits this kind of decision, applied to it. */
		<R> R map(Function<Reserved, R> reserved, Function<Backordered, R> backordered,
				Function<Refused, R> refused);
	}

	/** The whole line is held ({@code reserved} counts what was already dispatched from it). */
	record Reserved(int lineNumber, Sku sku, Quantity reserved, long allocationVersion) implements LineDecision {

		@Override
		public <R> R map(Function<Reserved, R> reserved, Function<Backordered, R> backordered,
				Function<Refused, R> refused) {
			return reserved.apply(this);
		}
	}

	/** Part or all of the line waits for inbound stock due on {@code promiseDate}; null is "no inbound". */
	record Backordered(int lineNumber, Sku sku, Quantity reserved, Quantity backordered,
			@Nullable LocalDate promiseDate, long allocationVersion) implements LineDecision {

		@Override
		public <R> R map(Function<Reserved, R> reserved, Function<Backordered, R> backordered,
				Function<Refused, R> refused) {
			return backordered.apply(this);
		}
	}

	/** The line cannot be allocated: a reason code (UNKNOWN_SKU, UNKNOWN_WAREHOUSE, UNIT_MISMATCH) and its words. */
	record Refused(int lineNumber, Sku sku, String reason, String message, long allocationVersion)
			implements LineDecision {

		@Override
		public <R> R map(Function<Reserved, R> reserved, Function<Backordered, R> backordered,
				Function<Refused, R> refused) {
			return refused.apply(this);
		}
	}
}
