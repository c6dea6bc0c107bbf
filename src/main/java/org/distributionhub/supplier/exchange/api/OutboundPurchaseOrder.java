package org.distributionhub.supplier.exchange.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A purchase order as a supplier must receive it: its part numbers and units (mapped from ours through its
 * cross-reference) next to our SKUs. {@code revision} 0 is the original; a higher one goes out as a change (X12
 * BEG01 04 / 850 purpose, EDIFACT BGM 1225 = 4).
 */
public record OutboundPurchaseOrder(String supplierId, String poNumber, int revision, LocalDate orderDate,
		String shipTo, @Nullable String currency, List<Line> lines) {

	public OutboundPurchaseOrder {
		lines = List.copyOf(lines);
	}

	/** One line: our line number, SKU, the supplier's part number, quantity and unit in its terms, price, date. */
	public record Line(String lineNumber, String sku, @Nullable String supplierPart, BigDecimal quantity,
			String unit, @Nullable BigDecimal unitPrice, LocalDate requestedDate) {
	}
}
