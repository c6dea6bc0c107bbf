package org.distributionhub.supplier.exchange.formats.json;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The two measured values of the format: a quantity {amount, unitOfMeasure} and a price {amount, currencyCode}. */
public final class Measures {

	public static final List<String> QUANTITY_FIELDS = List.of("amount", "unitOfMeasure");

	public static final List<String> MONEY_FIELDS = List.of("amount", "currencyCode");

	private Measures() {
	}

	/** A quantity; without a unit it is in the unit of the purchase order line. */
	record Quantity(BigDecimal amount, @Nullable String unit) {
	}

	record Money(BigDecimal amount, String currency) {
	}

	static @Nullable Quantity quantity(Fields parent, String name, boolean required) {
		Fields quantity = parent.object(name, required, QUANTITY_FIELDS);
		if (quantity == null) {
			return null;
		}
		BigDecimal amount = quantity.number("amount", true, NumberRule.QUANTITY);
		String unit = quantity.string("unitOfMeasure", false, TextRule.UNIT);
		return amount == null ? null : new Quantity(amount, unit);
	}

	static @Nullable Money money(Fields parent, String name, boolean required) {
		Fields money = parent.object(name, required, MONEY_FIELDS);
		if (money == null) {
			return null;
		}
		BigDecimal amount = money.number("amount", true, NumberRule.PRICE);
		String currency = money.string("currencyCode", true, TextRule.CURRENCY);
		return amount == null || currency == null ? null : new Money(amount, currency);
	}
}
