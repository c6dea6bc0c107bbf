package org.distributionhub.supplier.partners.application;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.api.SupplierPolicies.EffectivePolicy;
import org.distributionhub.supplier.api.SupplierPolicies.PolicySetting;
import org.distributionhub.supplier.api.SupplierPolicies.PolicyValues;
import org.distributionhub.supplier.partners.api.AddressRange;
import org.distributionhub.supplier.partners.domain.PolicySettings;
import org.distributionhub.supplier.partners.domain.SupplierPolicy;
import org.distributionhub.supplier.partners.domain.SupplierPolicy.Sourced;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * Turns policy settings as an admin wrote them into settings, naming the field of every problem (each checked by
 * the domain's own rule), and settings back into text.
 */
final class PolicyConversion {

	private PolicyConversion() {
	}

	static PolicySettings toSettings(PolicyValues values, String prefix) {
		var problems = new Problems();
		Integer rate = values.rateLimit();
		problems.check(prefix + "rateLimit", () -> new PolicySettings(rate, null, null, null, null, null));
		Long bytes = size(values.maxMessageSize(), prefix + "maxMessageSize", problems);
		problems.check(prefix + "maxMessageSize", () -> new PolicySettings(null, bytes, null, null, null, null));
		Set<Channel> channels = list(values.allowedChannels(), prefix + "allowedChannels", problems,
				it -> Channel.valueOf(it.toUpperCase(Locale.ROOT)), "is no channel: use API, X12, EDIFACT or CSV");
		problems.check(prefix + "allowedChannels", () -> new PolicySettings(null, null, channels, null, null, null));
		Duration lifetime = duration(values.keyLifetime(), prefix + "keyLifetime", problems);
		problems.check(prefix + "keyLifetime", () -> new PolicySettings(null, null, null, lifetime, null, null));
		Set<AddressRange> ranges = list(values.addressAllowList(), prefix + "addressAllowList", problems,
				AddressRange::parse, null);
		List<AddressRange> allowList = ranges == null ? null : List.copyOf(ranges);
		problems.check(prefix + "addressAllowList", () -> new PolicySettings(null, null, null, null, allowList, null));
		Duration due = duration(values.acknowledgementDue(), prefix + "acknowledgementDue", problems);
		problems.check(prefix + "acknowledgementDue", () -> new PolicySettings(null, null, null, null, null, due));
		problems.throwIfAny();
		return new PolicySettings(rate, bytes, channels, lifetime, allowList, due);
	}

	static PolicyValues toValues(PolicySettings settings) {
		return new PolicyValues(settings.requestsPerSecond(),
				settings.maxMessageBytes() == null ? null : size(settings.maxMessageBytes()),
				settings.allowedChannels() == null ? null : channels(settings.allowedChannels()),
				settings.keyLifetime() == null ? null : DurationText.format(settings.keyLifetime()),
				settings.addressAllowList() == null ? null
						: settings.addressAllowList().stream().map(AddressRange::toString).toList(),
				settings.acknowledgementDue() == null ? null : DurationText.format(settings.acknowledgementDue()));
	}

	static EffectivePolicy toView(SupplierPolicy policy, SupplierPolicy.Effective effective) {
		var settings = List.of(
				setting("rateLimit", "Rate limit", effective.requestsPerSecond(), it -> it + " requests per second"),
				setting("maxMessageSize", "Maximum message size", effective.maxMessageBytes(), PolicyConversion::size),
				setting("allowedChannels", "Allowed inbound channels", effective.allowedChannels(),
						it -> it.isEmpty() ? "any channel" : String.join(", ", channels(it))),
				setting("keyLifetime", "API key lifetime", effective.keyLifetime(),
						it -> it == null ? "keys do not expire" : DurationText.format(it)),
				setting("addressAllowList", "Address allow-list", effective.addressAllowList(),
						it -> it.isEmpty() ? "any address"
								: it.stream().map(AddressRange::toString).collect(Collectors.joining(", "))),
				setting("acknowledgementDue", "Acknowledgement due after", effective.acknowledgementDue(),
						DurationText::format));
		return new EffectivePolicy(policy.supplierId(), effective.packName(), policy.packName(),
				toValues(policy.overrides()), settings);
	}

	private static <T> PolicySetting setting(String name, String label, Sourced<T> sourced,
			Function<@Nullable T, String> text) {
		return new PolicySetting(name, label, text.apply(sourced.value()), sourced.source());
	}

	private static List<String> channels(Set<Channel> channels) {
		return channels.stream().sorted().map(Enum::name).toList();
	}

	static String size(long bytes) {
		if (bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + "MB";
		}
		return bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
	}

	private static @Nullable Long size(@Nullable String value, String field, Problems problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return DataSize.parse(value.strip().toUpperCase(Locale.ROOT).replace(" ", "")).toBytes();
		}
		catch (IllegalArgumentException e) {
			problems.add(field, "'" + value + "' is no size: write 512KB, 5MB or a number of bytes");
			return null;
		}
	}

	private static @Nullable Duration duration(@Nullable String value, String field, Problems problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return DurationText.parse(value);
		}
		catch (DateTimeParseException e) {
			problems.add(field, "'" + value + "' is no duration: write 48h, 90d, 30m or PT48H");
			return null;
		}
	}

	/** The values of a list, each read on its own; null for no list or one with a refused value. */
	private static <T> @Nullable Set<T> list(@Nullable List<String> values, String field, Problems problems,
			Function<String, T> read, @Nullable String refusal) {
		if (values == null) {
			return null;
		}
		var found = new LinkedHashSet<T>();
		boolean refused = false;
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value == null || value.isBlank()) {
				problems.add(field + "[" + i + "]", "must not be empty");
				refused = true;
				continue;
			}
			try {
				found.add(read.apply(value.strip()));
			}
			catch (IllegalArgumentException e) {
				problems.add(field + "[" + i + "]", refusal == null ? e.getMessage() : "'" + value + "' " + refusal);
				refused = true;
			}
		}
		return refused ? null : found;
	}
}
