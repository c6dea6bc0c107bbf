package org.distributionhub.order.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.StateEvent;
import org.distributionhub.shared.StateVersion;
import org.jspecify.annotations.Nullable;

/**
 * What the OMS must be told about one order line's promise: {@code status} RESERVED (ships from stock), BACKORDERED
 * (on {@code promiseDate}), NO_INBOUND (nothing expected covers it) or REFUSED; {@code previousPromiseDate} and
 * {@code previousStatus} are what the OMS was told before (null the first time). {@code promiseVersion} is the line's
 * allocation version the promise comes from: the OMS is never told an older promise after a newer one (0: published
 * before promises had versions).
 */
public record OrderPromiseChanged(UUID eventId, CorrelationId correlationId, String orderId, String channel,
		String externalOrderId, int lineNumber, Sku sku, Quantity reserved, Quantity backordered,
		@Nullable String previousStatus, @Nullable LocalDate previousPromiseDate, String status,
		@Nullable LocalDate promiseDate, Instant changedAt, long promiseVersion)
		implements StateEvent<OrderPromiseChanged> {

	/** The name of an order line's promise in {@link StateVersion}s. */
	public static String promiseObject(String orderId, int lineNumber) {
		return "order-line-promise:" + orderId + "/" + lineNumber;
	}

	@Override
	public List<StateVersion> states() {
		return promiseVersion <= 0 ? List.of()
				: List.of(new StateVersion(promiseObject(orderId, lineNumber), promiseVersion));
	}

	/** One line's promise: the event is wholly newer or wholly superseded. */
	@Override
	public OrderPromiseChanged onlyFor(Set<String> objects) {
		return this;
	}
}
