package org.distributionhub.supplier.exchange.formats.json;

import org.jspecify.annotations.Nullable;

/** The one currency of an item's prices: the first one given, any other reported where it appears. */
final class LineCurrency {

	private final Problems problems;

	private @Nullable String currency;

	private @Nullable String firstPath;

	LineCurrency(Problems problems) {
		this.problems = problems;
	}

	void use(String code, String path) {
		if (currency == null) {
			currency = code;
			firstPath = path;
		}
		else if (!currency.equals(code)) {
			problems.add(path + ".currencyCode", code + " differs from " + currency + " at " + firstPath
					+ "; an item's prices share one currency");
		}
	}

	@Nullable String currency() {
		return currency;
	}
}
