package org.distributionhub.erpgateway.domain;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.distributionhub.shared.Money;
import org.jspecify.annotations.Nullable;

/** An ERP invoice has one currency: the prices of one invoice must all be in it, or the invoice is not posted. */
public final class OneCurrencyRule {

	private OneCurrencyRule() {
	}

	/**
	 * The one currency of the given prices, null when none is priced.
	 * @param what names the invoice for the refusal, e.g. "Invoice INV-1 of order O-7"
	 * @throws IllegalArgumentException naming the currencies when they are more than one
	 */
	public static @Nullable String currencyOf(String what, List<@Nullable Money> prices) {
		var currencies = new TreeSet<String>();
		prices.stream().filter(Objects::nonNull).forEach(price -> currencies.add(price.currency().getCurrencyCode()));
		if (currencies.size() > 1) {
			throw new IllegalArgumentException("%s mixes currencies %s; an ERP invoice has one currency, so it is not "
				.formatted(what, String.join(", ", currencies)) + "posted");
		}
		return currencies.isEmpty() ? null : currencies.first();
	}
}
