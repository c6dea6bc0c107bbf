package org.distributionhub.console.adapters.in.web;

import java.util.Arrays;
import java.util.List;

import org.distributionhub.supplier.api.SupplierPolicies.PolicyValues;
import org.jspecify.annotations.Nullable;

/**
 * The policy settings fields of a console form ({@code console/policy-fields}): an empty field says nothing, the
 * address allow-list is comma separated. A rate limit that is no whole number is refused with a message.
 */
record PolicyForm(@Nullable String rateLimit, @Nullable String maxMessageSize, @Nullable List<String> allowedChannels,
		@Nullable String keyLifetime, @Nullable String addressAllowList, @Nullable String acknowledgementDue) {

	PolicyValues values() {
		Integer rate = null;
		if (rateLimit != null && !rateLimit.isBlank()) {
			try {
				rate = Integer.valueOf(rateLimit.strip());
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("rateLimit: '" + rateLimit + "' is no whole number", e);
			}
		}
		List<String> ranges = addressAllowList == null || addressAllowList.isBlank() ? null
				: Arrays.stream(addressAllowList.split(",")).map(String::strip).filter(it -> !it.isEmpty()).toList();
		return new PolicyValues(rate, blankToNull(maxMessageSize),
				allowedChannels == null || allowedChannels.isEmpty() ? null : allowedChannels, blankToNull(keyLifetime),
				ranges, blankToNull(acknowledgementDue));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
