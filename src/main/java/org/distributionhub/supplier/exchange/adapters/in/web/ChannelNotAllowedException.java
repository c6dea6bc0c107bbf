package org.distributionhub.supplier.exchange.adapters.in.web;

import java.util.stream.Collectors;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.PartnerPolicy;

/** A partner sent on a channel its policy does not allow. */
class ChannelNotAllowedException extends RuntimeException {

	ChannelNotAllowedException(String supplierId, Channel channel, PartnerPolicy policy) {
		super("Channel " + channel + " is not allowed for supplier " + supplierId + " by its policy (pack "
				+ policy.packName() + "); allowed: " + policy.allowedChannels().stream().sorted().map(Enum::name)
					.collect(Collectors.joining(", ")));
	}
}
