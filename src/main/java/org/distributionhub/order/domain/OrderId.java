package org.distributionhub.order.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/** The hub's id of a customer order: the sales channel and the channel's own order id, joined by a colon. */
@ValueObject
public record OrderId(String value) {

	/** A channel: 1 to 32 letters, digits, '_' or '-'. */
	public static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	/** The channel's order id: 1 to 64 letters, digits, '.', '_' or '-'. */
	public static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	public OrderId {
		if (!isValid(value)) {
			throw new IllegalArgumentException("An order id is <channel>:<external order id>, was " + value);
		}
	}

	public static OrderId of(String channel, String externalOrderId) {
		return new OrderId(channel + ":" + externalOrderId);
	}

	public static boolean isValid(String candidate) {
		int colon = candidate == null ? -1 : candidate.indexOf(':');
		return colon > 0 && CHANNEL.matcher(candidate.substring(0, colon)).matches()
				&& EXTERNAL_ID.matcher(candidate.substring(colon + 1)).matches();
	}

	public String channel() {
		return value.substring(0, value.indexOf(':'));
	}

	public String externalOrderId() {
		return value.substring(value.indexOf(':') + 1);
	}

	@Override
	public String toString() {
		return value;
	}
}
