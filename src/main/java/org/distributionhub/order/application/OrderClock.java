package org.distributionhub.order.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.distributionhub.order.domain.OrderId;
import org.distributionhub.order.ports.in.OrderNotFound;

/** Small helpers the Order module's services share: the time at the database's precision, and order ids. */
final class OrderClock {

	private OrderClock() {
	}

	/** Now, in microseconds: what a timestamp column keeps, so a stored order reads back as it was. */
	static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** The id of an order; one no order can have is not found. */
	static OrderId id(String orderId) {
		if (!OrderId.isValid(orderId)) {
			throw new OrderNotFound(orderId);
		}
		return new OrderId(orderId);
	}
}
