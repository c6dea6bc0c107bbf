package org.distributionhub.erpgateway.adapters.in.events;

import java.math.BigDecimal;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * A line of a GOODS_RECEIPT or SHIPMENT payload: the ERP's line by {@code lineNumber} where known, the SKU, and the
 * quantity that moved with its unit.
 */
record MovementLinePayload(@Nullable String lineNumber, String sku, BigDecimal quantity, String unit) {

	static MovementLinePayload of(@Nullable String lineNumber, Sku sku, Quantity quantity) {
		return new MovementLinePayload(lineNumber, sku.code(), quantity.amount(), quantity.unit().code());
	}
}
