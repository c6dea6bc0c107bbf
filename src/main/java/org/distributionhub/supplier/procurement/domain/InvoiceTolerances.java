package org.distributionhub.supplier.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How far a supplier invoice may differ from its purchase order and receipts and still match: a difference passes
 * if it is within the percent OR within the absolute amount. {@code waitForGoods} is how long an invoice may wait for
 * goods not yet received before it is held.
 */
@ValueObject
public record InvoiceTolerances(BigDecimal linePricePercent, BigDecimal linePriceAbsolute,
		BigDecimal lineQuantityPercent, BigDecimal lineQuantityAbsolute, BigDecimal totalPercent,
		BigDecimal totalAbsolute, BigDecimal chargesAbsolute, Duration waitForGoods) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public InvoiceTolerances {
		for (BigDecimal value : new BigDecimal[] { linePricePercent, linePriceAbsolute, lineQuantityPercent,
				lineQuantityAbsolute, totalPercent, totalAbsolute, chargesAbsolute }) {
			if (value == null || value.signum() < 0) {
				throw new IllegalArgumentException("A tolerance is zero or more");
			}
		}
		if (waitForGoods == null || waitForGoods.isNegative()) {
			throw new IllegalArgumentException("The wait for goods is zero or more");
		}
	}

	/** Whether {@code difference} (positive: against us) is within {@code percent} of {@code base} or {@code absolute}. */
	static boolean within(BigDecimal difference, BigDecimal base, BigDecimal percent, BigDecimal absolute) {
		if (difference.signum() <= 0 || difference.compareTo(absolute) <= 0) {
			return true;
		}
		return base.signum() > 0 && percentOf(difference, base).compareTo(percent) <= 0;
	}

	/** {@code difference} as a percent of {@code base}, to two decimals; 100 when there is no base. */
	static BigDecimal percentOf(BigDecimal difference, BigDecimal base) {
		return base.signum() == 0 ? HUNDRED
				: difference.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP).stripTrailingZeros();
	}
}
