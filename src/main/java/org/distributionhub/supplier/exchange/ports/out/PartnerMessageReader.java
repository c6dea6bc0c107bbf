package org.distributionhub.supplier.exchange.ports.out;

import java.nio.charset.StandardCharsets;

import org.distributionhub.supplier.api.Channel;

/**
 * Reads a partner's message in one format into documents in the partner's own terms. Pure: no database, no files;
 * the same bytes always give the same result, so a stored message can be read again when it is replayed. Never
 * throws on bad input: what is wrong comes back as problems.
 */
public interface PartnerMessageReader {

	Channel channel();

	ReadResult read(byte[] content);

	/** The content as text, in the character set the format or its envelope names; UTF-8 unless a reader knows better. */
	default String text(byte[] content) {
		return new String(content, StandardCharsets.UTF_8);
	}
}
