package org.distributionhub.order.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.StateEvent;
import org.distributionhub.shared.StateVersion;

/**
 * The channel changed an order that is not yet shipped: {@code lines} is the whole order as it now stands (a line
 * that is absent was removed, a quantity may have gone up or down); {@code revision} grows by one per change.
 */
public record OrderChanged(UUID eventId, CorrelationId correlationId, String orderId, String warehouse, int revision,
		List<OrderPlaced.Line> lines, Instant changedAt) implements StateEvent<OrderChanged> {

	public OrderChanged {
		lines = List.copyOf(lines);
	}

	/** The whole order, at its revision. */
	@Override
	public List<StateVersion> states() {
		return List.of(new StateVersion(OrderStates.orderObject(orderId), revision));
	}

	/** One object: the event is wholly newer or wholly superseded. */
	@Override
	public OrderChanged onlyFor(Set<String> objects) {
		return this;
	}
}
