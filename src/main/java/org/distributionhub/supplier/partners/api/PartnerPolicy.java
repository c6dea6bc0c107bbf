package org.distributionhub.supplier.partners.api;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.api.Channel;
import org.jspecify.annotations.Nullable;

/**
 * The policy in force for one supplier: its pack with the supplier's overrides, the hub's settings where neither
 * says anything. No allowed channels or address ranges means any; no key lifetime means keys do not expire.
 */
public record PartnerPolicy(String supplierId, String packName, int requestsPerSecond, long maxMessageBytes,
		Set<Channel> allowedChannels, @Nullable Duration keyLifetime, List<AddressRange> addressAllowList,
		Duration acknowledgementDue) {

	public PartnerPolicy {
		allowedChannels = Set.copyOf(allowedChannels);
		addressAllowList = List.copyOf(addressAllowList);
	}

	public boolean allows(Channel channel) {
		return allowedChannels.isEmpty() || allowedChannels.contains(channel);
	}

	public boolean admits(InetAddress address) {
		return addressAllowList.isEmpty() || addressAllowList.stream().anyMatch(range -> range.contains(address));
	}
}
