package org.distributionhub.supplier.partners.domain;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.AddressRange;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a policy pack, or a supplier's overrides of them; a null setting says nothing (the next source
 * applies). Each set value is within the hub's bounds.
 */
@ValueObject
public record PolicySettings(@Nullable Integer requestsPerSecond, @Nullable Long maxMessageBytes,
		@Nullable Set<Channel> allowedChannels, @Nullable Duration keyLifetime,
		@Nullable List<AddressRange> addressAllowList, @Nullable Duration acknowledgementDue) {

	public static final PolicySettings NONE = new PolicySettings(null, null, null, null, null, null);

	static final int MAX_REQUESTS_PER_SECOND = 100_000;
	static final long MAX_MESSAGE_BYTES = 100L * 1024 * 1024;

	public PolicySettings {
		if (requestsPerSecond != null && (requestsPerSecond < 1 || requestsPerSecond > MAX_REQUESTS_PER_SECOND)) {
			throw new IllegalArgumentException("A rate limit is 1 to " + MAX_REQUESTS_PER_SECOND
					+ " requests per second");
		}
		if (maxMessageBytes != null && (maxMessageBytes < 1 || maxMessageBytes > MAX_MESSAGE_BYTES)) {
			throw new IllegalArgumentException("A maximum message size is 1 byte to 100MB");
		}
		if (allowedChannels != null) {
			if (allowedChannels.isEmpty()) {
				throw new IllegalArgumentException("Allow at least one channel, or leave it empty");
			}
			allowedChannels = Set.copyOf(allowedChannels);
		}
		if (keyLifetime != null && (keyLifetime.compareTo(Duration.ofHours(1)) < 0
				|| keyLifetime.compareTo(Duration.ofDays(3650)) > 0)) {
			throw new IllegalArgumentException("A key lifetime is one hour to ten years");
		}
		if (addressAllowList != null) {
			if (addressAllowList.isEmpty()) {
				throw new IllegalArgumentException("List at least one range, or leave it empty");
			}
			addressAllowList = List.copyOf(addressAllowList);
		}
		if (acknowledgementDue != null && (acknowledgementDue.isNegative() || acknowledgementDue.isZero()
				|| acknowledgementDue.compareTo(Duration.ofDays(90)) > 0)) {
			throw new IllegalArgumentException(
					"The acknowledgement due time is more than zero and at most 90 days");
		}
	}

	/** Each setting of these, or where these say nothing, the other's. */
	public PolicySettings orElse(PolicySettings other) {
		return new PolicySettings(first(requestsPerSecond, other.requestsPerSecond),
				first(maxMessageBytes, other.maxMessageBytes), first(allowedChannels, other.allowedChannels),
				first(keyLifetime, other.keyLifetime), first(addressAllowList, other.addressAllowList),
				first(acknowledgementDue, other.acknowledgementDue));
	}

	private static <T> @Nullable T first(@Nullable T mine, @Nullable T theirs) {
		return mine != null ? mine : theirs;
	}
}
