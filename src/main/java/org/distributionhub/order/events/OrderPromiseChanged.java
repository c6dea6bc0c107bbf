package org.distributionhub.order.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * What the OMS must be told about one order line's promise: {@code status} RESERVED (ships from stock), BACKORDERED
 * (on {@code promiseDate}), NO_INBOUND (nothing expected covers it) or REFUSED; {@code previousPromiseDate} and
 * {@code previousStatus} are what the OMS was told before (null the first time).
 */
public record OrderPromiseChanged(UUID eventId, CorrelationId correlationId, String orderId, String channel,
		String externalOrderId, int lineNumber, Sku sku, Quantity reserved, Quantity backordered,
		@Nullable String previousStatus, @Nullable LocalDate previousPromiseDate, String status,
		@Nullable LocalDate promiseDate, Instant changedAt) implements IntegrationEvent {
}
