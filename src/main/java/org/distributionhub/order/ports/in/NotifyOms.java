package org.distributionhub.order.ports.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Tells the order management system that a line's promise changed. Fails (to be tried again by the event backbone)
 * when the OMS does not take it; does nothing when no OMS webhook is configured.
 */
public interface NotifyOms {

	void promiseChanged(PromiseNotice notice);

	/** The promise change as the OMS hears it; {@code eventId} is its idempotency key. */
	record PromiseNotice(UUID eventId, String orderId, String channel, String externalOrderId, int lineNumber,
			String sku, PromiseStatus status, @Nullable LocalDate promiseDate,
			@Nullable PromiseStatus previousStatus,
			@Nullable LocalDate previousPromiseDate, BigDecimal reserved, BigDecimal backordered, String unit,
			Instant changedAt) {
	}

	/** What a line's promise says: wholly reserved, backordered to a date, no inbound that covers it, or refused. */
	enum PromiseStatus {
		RESERVED, BACKORDERED, NO_INBOUND, REFUSED
	}
}
