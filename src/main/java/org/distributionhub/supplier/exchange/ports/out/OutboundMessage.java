package org.distributionhub.supplier.exchange.ports.out;

/** A message written for a partner: a file name for its outbox, the media type and the bytes. */
public record OutboundMessage(String fileName, String contentType, byte[] content) {
}
