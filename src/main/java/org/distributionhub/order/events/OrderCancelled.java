package org.distributionhub.order.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.StateEvent;
import org.distributionhub.shared.StateVersion;

/** The channel cancelled an order before it shipped: every reservation and backorder of it is released. */
public record OrderCancelled(UUID eventId, CorrelationId correlationId, String orderId, String warehouse, int revision,
		String reason, Instant cancelledAt) implements StateEvent<OrderCancelled> {

	/** The whole order, at its revision. */
	@Override
	public List<StateVersion> states() {
		return List.of(new StateVersion(OrderStates.orderObject(orderId), revision));
	}

	/** One object: the event is wholly newer or wholly superseded. */
	@Override
	public OrderCancelled onlyFor(Set<String> objects) {
		return this;
	}
}
