package org.distributionhub.supplier.exchange.ports.out;

import java.time.OffsetDateTime;

import org.distributionhub.supplier.partners.api.EdiIdentity;

/**
 * Envelope data for a message we send: our identity and the partner's, the interchange and group control numbers
 * taken from that partner's counters (transaction sets are numbered from 1 within the group), when it was
 * prepared, and whether it is a test interchange (ISA15 T).
 */
public record Addressing(EdiIdentity sender, EdiIdentity receiver, long interchangeControlNumber,
		long groupControlNumber, OffsetDateTime preparedAt, boolean test) {
}
