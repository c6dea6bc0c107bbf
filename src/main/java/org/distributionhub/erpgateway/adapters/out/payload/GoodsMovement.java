package org.distributionhub.erpgateway.adapters.out.payload;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * GOODS_RECEIPT (document = the PO number) or SHIPMENT (document = the sales order number): the quantities received
 * or shipped per line. {@code remainder} says what happens to what was not received: {@code backorder} (kept open)
 * or {@code cancel}; null leaves it to the adapter's configuration.
 */
public record GoodsMovement(String document, @Nullable String remainder, List<Line> lines) {

	public GoodsMovement {
		lines = List.copyOf(lines);
	}

	public record Line(@Nullable String lineNumber, @Nullable String sku, BigDecimal quantity) {
	}
}
