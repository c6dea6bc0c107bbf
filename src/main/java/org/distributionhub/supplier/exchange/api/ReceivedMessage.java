package org.distributionhub.supplier.exchange.api;

import java.time.Instant;
import java.util.UUID;

import org.distributionhub.supplier.api.Channel;

/** The message a document came in, as document processing needs it. */
public record ReceivedMessage(UUID id, String supplierId, Channel channel, Instant receivedAt) {
}
