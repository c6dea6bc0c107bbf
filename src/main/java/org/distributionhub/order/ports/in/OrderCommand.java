package org.distributionhub.order.ports.in;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A customer order as a channel sends it, to place or change: {@code invoicing} PER_ORDER or PER_SHIPMENT (null: the
 * hub's default); a line's {@code currency} goes with its unit price.
 */
public record OrderCommand(String channel, String externalOrderId, String customer, String warehouse,
		@Nullable String invoicing, List<Line> lines) {

	public OrderCommand {
		// A missing list or line stays for the intake's check to name, with every other problem of the request.
		lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
	}

	/** One ordered line. */
	public record Line(int lineNumber, String sku, BigDecimal quantity, String unit, @Nullable BigDecimal unitPrice,
			@Nullable String currency) {
	}
}
