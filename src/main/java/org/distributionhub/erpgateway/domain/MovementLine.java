package org.distributionhub.erpgateway.domain;

import java.math.BigDecimal;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A line of a goods movement: the ERP's line by {@code lineNumber} or the SKU, and the quantity that moved. */
@ValueObject
public record MovementLine(@Nullable String lineNumber, @Nullable String sku, BigDecimal quantity,
		@Nullable String unit) {

	public MovementLine {
		if (lineNumber == null && sku == null) {
			throw new IllegalArgumentException("a movement line needs a lineNumber or a sku");
		}
	}

	public static MovementLine of(@Nullable String lineNumber, Sku sku, Quantity quantity) {
		return new MovementLine(lineNumber, sku.code(), quantity.amount(), quantity.unit().code());
	}
}
