package org.distributionhub.supplier.exchange.api;

import java.time.Instant;
import java.util.UUID;

import org.distributionhub.supplier.api.Channel;

/**
 * The message a document came in, as document processing needs it. A test message ({@code test}: ISA15 T, UNB 0035
 * 1, or a supplier not yet LIVE) is read and judged like any other, but changes nothing: its outcome says what would
 * have changed.
 */
public record ReceivedMessage(UUID id, String supplierId, Channel channel, Instant receivedAt, boolean test) {

	/** A production message. */
	public ReceivedMessage(UUID id, String supplierId, Channel channel, Instant receivedAt) {
		this(id, supplierId, channel, receivedAt, false);
	}
}
