package org.distributionhub.order.ports.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.distributionhub.order.domain.Allocation;
import org.jspecify.annotations.Nullable;

/** The order management system's webhook for promise changes. */
public interface OmsWebhook {

	/** Whether a webhook is configured at all. */
	boolean configured();

	/** Posts one promise change; throws when the OMS does not answer 2xx, so the delivery is tried again. */
	void post(PromiseMessage message);

	/** The body the OMS receives; {@code eventId} also travels as the Idempotency-Key header. */
	record PromiseMessage(UUID eventId, String orderId, String channel, String externalOrderId, int lineNumber,
			String sku, Allocation status, @Nullable LocalDate promiseDate, @Nullable Allocation previousStatus,
			@Nullable LocalDate previousPromiseDate, BigDecimal reserved, BigDecimal backordered, String unit,
			Instant changedAt) {
	}
}
