package org.distributionhub.order.domain;

import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** The sales channels the hub takes orders from (none listed: any channel an order id can hold). */
@ValueObject
public record SalesChannels(List<String> accepted) {

	public SalesChannels {
		accepted = List.copyOf(accepted);
	}

	/** Why an order from this channel is refused, in the words of a refusal; empty when it is taken. */
	public Optional<String> refusal(@Nullable String channel) {
		if (!OrderId.isChannel(channel)) {
			return Optional.of(OrderId.CHANNEL_RULE);
		}
		if (!accepted.isEmpty() && !accepted.contains(channel)) {
			return Optional.of("is not a channel the hub takes orders from: " + channel);
		}
		return Optional.empty();
	}
}
