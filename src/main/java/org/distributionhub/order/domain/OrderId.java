package org.distributionhub.order.domain;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** The hub's id of a customer order: the sales channel and the channel's own order id, joined by a colon. */
@ValueObject
public record OrderId(String value) {

	/** What a channel must be, in the words a refusal uses. */
	public static final String CHANNEL_RULE = "must be 1 to 32 letters, digits, '_' or '-'";

	/** What the channel's order id must be, in the words a refusal uses. */
	public static final String EXTERNAL_ID_RULE = "must be 1 to 64 letters, digits, '.', '_' or '-'";

	private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final char SEPARATOR = ':';

	public OrderId {
		if (!isValid(value)) {
			throw new IllegalArgumentException("An order id is <channel>:<external order id>, was " + value);
		}
	}

	public static OrderId of(String channel, String externalOrderId) {
		return new OrderId(channel + SEPARATOR + externalOrderId);
	}

	public static boolean isValid(@Nullable String candidate) {
		int colon = candidate == null ? -1 : candidate.indexOf(SEPARATOR);
		return colon > 0 && isChannel(candidate.substring(0, colon))
				&& isExternalOrderId(candidate.substring(colon + 1));
	}

	/** Whether a sales channel's name is one an order id can hold. */
	public static boolean isChannel(@Nullable String channel) {
		return channel != null && CHANNEL.matcher(channel).matches();
	}

	/** Whether a channel's own order id is one an order id can hold. */
	public static boolean isExternalOrderId(@Nullable String externalOrderId) {
		return externalOrderId != null && EXTERNAL_ID.matcher(externalOrderId).matches();
	}

	public String channel() {
		return value.substring(0, value.indexOf(SEPARATOR));
	}

	public String externalOrderId() {
		return value.substring(value.indexOf(SEPARATOR) + 1);
	}

	@Override
	public String toString() {
		return value;
	}
}
