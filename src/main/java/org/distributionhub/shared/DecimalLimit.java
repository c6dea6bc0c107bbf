package org.distributionhub.shared;

import java.math.BigDecimal;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * The most digits a number may have before and after its decimal point so that every column it reaches can hold it:
 * the one place the hub's intakes take their numeric limits from, so that what an API or a file channel accepts can
 * also be applied. Each limit is the narrowest of the columns its values reach across modules; its name is what it
 * is for, in the plural ("quantities"), as a refusal says it.
 */
@ValueObject
public record DecimalLimit(String name, int integerDigits, int decimals) {

	/** Digits before the point of a quantity of goods: inventory keeps quantities in NUMERIC(19, 6). */
	public static final int QUANTITY_INTEGER_DIGITS = 13;

	/** Decimals of a quantity of goods: supplier keeps ordered, acknowledged and invoiced ones in NUMERIC(18, 4). */
	public static final int QUANTITY_DECIMALS = 4;

	/** Decimals of stock only inventory keeps (warehouse events, inventory feeds): NUMERIC(19, 6). */
	public static final int STOCK_DECIMALS = 6;

	/** Digits before the point of a price or money amount: supplier keeps them in NUMERIC(18, 4). */
	public static final int AMOUNT_INTEGER_DIGITS = 14;

	/** Decimals of a price or money amount. */
	public static final int AMOUNT_DECIMALS = 4;

	/**
	 * A quantity of goods ordered, bought, acknowledged, shipped or invoiced: an order's quantity reaches inventory's
	 * allocations (NUMERIC(19, 6)), a purchase order's its expected inbound and supplier's lines (NUMERIC(18, 4)).
	 */
	public static final DecimalLimit QUANTITY = new DecimalLimit("quantities", QUANTITY_INTEGER_DIGITS,
			QUANTITY_DECIMALS);

	/** A quantity of stock a warehouse reports (events, feeds), kept by inventory only: NUMERIC(19, 6). */
	public static final DecimalLimit STOCK_QUANTITY = new DecimalLimit("stock quantities", QUANTITY_INTEGER_DIGITS,
			STOCK_DECIMALS);

	/** A unit price or money amount: NUMERIC(18, 4) in supplier, NUMERIC(19, 4) in order. */
	public static final DecimalLimit AMOUNT = new DecimalLimit("amounts", AMOUNT_INTEGER_DIGITS, AMOUNT_DECIMALS);

	public DecimalLimit {
		if (integerDigits < 1 || decimals < 0) {
			throw new IllegalArgumentException("A decimal limit needs a digit before the point");
		}
	}

	/** Whether the number fits (trailing zeros after the point do not count). */
	public boolean fits(BigDecimal number) {
		return problem(number) == null;
	}

	/** Null if the number fits, else what is wrong with it, naming the limit. */
	public @Nullable String problem(BigDecimal number) {
		BigDecimal plain = number.stripTrailingZeros();
		int scale = Math.max(plain.scale(), 0);
		int before = plain.precision() - plain.scale();
		if (before > integerDigits) {
			return "has " + before + " digits before the decimal point; " + name + " have at most " + integerDigits
					+ " (and " + decimals + " decimals)";
		}
		if (scale > decimals) {
			return "has " + scale + " decimals; " + name + " have at most " + decimals;
		}
		return null;
	}

	@Override
	public String toString() {
		return name + ": at most " + integerDigits + " digits before the decimal point and " + decimals + " after";
	}
}
