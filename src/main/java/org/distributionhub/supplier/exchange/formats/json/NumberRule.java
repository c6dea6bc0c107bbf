package org.distributionhub.supplier.exchange.formats.json;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The range and precision a number field allows. */
record NumberRule(boolean zeroAllowed, BigDecimal maximum, int decimals) {

	/** Quantities: more than zero, at most a billion, at most three decimals. */
	static final NumberRule QUANTITY = new NumberRule(false, new BigDecimal("1000000000"), 3);

	/** Prices per unit: zero or more, at most a billion, at most four decimals. */
	static final NumberRule PRICE = new NumberRule(true, new BigDecimal("1000000000"), 4);

	static final NumberRule LINE_NUMBER = new NumberRule(false, new BigDecimal("999999"), 0);

	/** Null if the number is allowed, else what is wrong with it. */
	@Nullable String check(BigDecimal number) {
		if (number.signum() < 0) {
			return "must not be negative";
		}
		if (number.signum() == 0 && !zeroAllowed) {
			return "must be more than 0";
		}
		if (number.compareTo(maximum) > 0) {
			return "must be at most " + maximum.toPlainString();
		}
		if (number.scale() > decimals) {
			return decimals == 0 ? "must be a whole number" : "must have at most " + decimals + " decimals";
		}
		return null;
	}
}
