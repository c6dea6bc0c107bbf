package org.distributionhub.order.adapters.in.web;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A customer order as a channel posts it to {@code /api/v1/orders} (or puts it to change it). What each field may
 * hold (channel, order id, texts, units, quantities, prices), the most lines an order may have and duplicate line
 * numbers are checked by the intake itself, which names every problem of a request at once.
 */
record OrderRequest(@Nullable String channel, @Nullable String externalOrderId, @Nullable String customer,
		@Nullable String warehouse, @Nullable String invoicing, @Nullable List<@Nullable Line> lines) {

	/** One ordered line; a unit price goes with its currency. */
	@Schema(name = "OrderLine")
	record Line(@Nullable Integer lineNumber, @Nullable String sku, @Nullable BigDecimal quantity,
			@Nullable String unit, @Nullable BigDecimal unitPrice, @Nullable String currency) {
	}
}
