package org.distributionhub.inventory.ports.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Expected inbound of a SKU at a location: per date and unit what is open (planned, not shipped) and in transit,
 * the totals per unit, and each purchase order line's part. A null date is an undated backorder, listed last.
 */
public record ExpectedInboundView(String sku, String location, List<DateView> byDate, List<TotalView> totals,
		List<LineView> lines) {

	public ExpectedInboundView {
		byDate = List.copyOf(byDate);
		totals = List.copyOf(totals);
		lines = List.copyOf(lines);
	}

	public record DateView(@Nullable LocalDate date, String unit, BigDecimal open, BigDecimal inTransit,
			BigDecimal total) {
	}

	public record TotalView(String unit, BigDecimal open, BigDecimal inTransit, BigDecimal total) {
	}

	public record LineView(String supplierId, String poNumber, String lineNumber, int revision,
			List<DateView> byDate) {

		public LineView {
			byDate = List.copyOf(byDate);
		}
	}
}
