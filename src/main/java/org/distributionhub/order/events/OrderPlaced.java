package org.distributionhub.order.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.StateEvent;
import org.distributionhub.shared.StateVersion;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * A customer order was taken in from a sales channel (the OMS): {@code orderId} is the hub's id for it, unique per
 * channel and external order id; {@code revision} is 1 for the order as placed. Inventory allocates its lines.
 */
public record OrderPlaced(UUID eventId, CorrelationId correlationId, String orderId, String channel,
		String externalOrderId, String customer, String warehouse, int revision, List<Line> lines, Instant placedAt)
		implements StateEvent<OrderPlaced> {

	public OrderPlaced {
		lines = List.copyOf(lines);
	}

	/** One line of a customer order: its number, SKU, quantity and, if the channel sent one, the unit price. */
	public record Line(int lineNumber, Sku sku, Quantity quantity, @Nullable Money unitPrice) {

		public Line {
			if (lineNumber < 1) {
				throw new IllegalArgumentException("A line number starts at 1, was " + lineNumber);
			}
		}
	}

	/** The whole order, at its revision. */
	@Override
	public List<StateVersion> states() {
		return List.of(new StateVersion(OrderStates.orderObject(orderId), revision));
	}

	/** One object: the event is wholly newer or wholly superseded. */
	@Override
	public OrderPlaced onlyFor(Set<String> objects) {
		return this;
	}
}
