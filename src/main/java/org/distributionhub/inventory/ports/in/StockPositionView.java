package org.distributionhub.inventory.ports.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One stock position: on hand, reserved, free (on hand not reserved) and backordered in its unit, and what is
 * available to promise: first {@code free} now (source ON_HAND, no date), then per date of dated expected inbound
 * what the backorders (oldest first, earliest inbound first) have not taken (source INBOUND).
 */
public record StockPositionView(String sku, String warehouse, String unit, BigDecimal onHand, BigDecimal reserved,
		BigDecimal free, BigDecimal backordered, List<AvailableView> availableToPromise) {

	public StockPositionView {
		availableToPromise = List.copyOf(availableToPromise);
	}

	public record AvailableView(Source source, @Nullable LocalDate date, BigDecimal quantity) {

		/** Free stock on hand now, or dated expected inbound. */
		public enum Source {
			ON_HAND, INBOUND
		}
	}
}
