package org.distributionhub.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.jmolecules.ddd.annotation.ValueObject;

/** An amount in one currency, kept at the currency's own number of decimals. */
@ValueObject
public record Money(BigDecimal amount, Currency currency) {

	public Money {
		if (amount == null || currency == null) {
			throw new IllegalArgumentException("Money needs an amount and a currency");
		}
		int scale = Math.max(currency.getDefaultFractionDigits(), 0);
		if (amount.scale() > scale && amount.setScale(scale, RoundingMode.DOWN).compareTo(amount) != 0) {
			throw new IllegalArgumentException(
					amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode() + " allows");
		}
		amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
	}

	/** The amount rounded half up to the currency's own decimals: 220.0000 EUR becomes 220.00 EUR. */
	public static Money rounded(BigDecimal amount, String currencyCode) {
		Currency currency = Currency.getInstance(currencyCode);
		return new Money(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP),
				currency);
	}

	public static Money of(String amount, String currencyCode) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
	}

	public Money plus(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
		}
		return new Money(amount.add(other.amount), currency);
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency.getCurrencyCode();
	}
}
