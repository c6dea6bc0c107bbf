package org.distributionhub.inventory.domain;

import java.math.BigDecimal;

/** Amounts of one unit in one normal form (no trailing zeros, never in exponent form), so equal amounts are equal. */
final class Amounts {

	private Amounts() {
	}

	static BigDecimal normal(BigDecimal amount) {
		var stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static BigDecimal min(BigDecimal a, BigDecimal b) {
		return normal(a.min(b));
	}

	static BigDecimal atLeastZero(BigDecimal amount) {
		return amount.signum() < 0 ? BigDecimal.ZERO : normal(amount);
	}

	static boolean positive(BigDecimal amount) {
		return amount.signum() > 0;
	}
}
