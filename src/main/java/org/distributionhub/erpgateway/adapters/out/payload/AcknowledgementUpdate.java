package org.distributionhub.erpgateway.adapters.out.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * PO_ACKNOWLEDGEMENT_UPDATE: what the supplier confirmed per line (quantity, date, price), and whether the PO counts
 * as acknowledged. A line names the ERP's line by {@code lineNumber} (the ERP's line id for POs read from the ERP)
 * or, failing that, by SKU.
 */
public record AcknowledgementUpdate(String poNumber, boolean acknowledged, List<Line> lines) {

	public AcknowledgementUpdate {
		lines = List.copyOf(lines);
	}

	public record Line(@Nullable String lineNumber, @Nullable String sku, @Nullable BigDecimal quantity,
			@Nullable LocalDate date, @Nullable BigDecimal unitPrice) {
	}
}
