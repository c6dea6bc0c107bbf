package org.distributionhub.order.events;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.distributionhub.shared.StateEvent;
import org.distributionhub.shared.StateVersion;

/**
 * Inventory's answer about some lines of an order ({@link StockReserved}, {@link StockBackordered},
 * {@link AllocationRefused}): it states each line's allocation at the line's allocation version.
 *
 * @param <E> the answer type itself
 */
public interface AllocationAnswer<E extends AllocationAnswer<E>> extends StateEvent<E> {

	String orderId();

	List<? extends AnsweredLine> lines();

	/** The same answer for the lines the filter keeps. */
	E keeping(Predicate<AnsweredLine> lines);

	@Override
	default List<StateVersion> states() {
		return lines().stream()
			.map(line -> new StateVersion(OrderStates.lineObject(orderId(), line.lineNumber()),
					line.allocationVersion()))
			.toList();
	}

	@Override
	default E onlyFor(Set<String> objects) {
		return keeping(line -> objects.contains(OrderStates.lineObject(orderId(), line.lineNumber())));
	}

	/** A line of an answer: which line, and the allocation version the answer states it at. */
	interface AnsweredLine {

		int lineNumber();

		long allocationVersion();
	}
}
