package org.distributionhub.supplier.exchange.ports.out;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * The EDI interchange header of a received message (ISA or UNB): who sent it to whom, its control number and when
 * it was prepared. Sender plus control number recognise a re-sent interchange.
 */
public record InterchangeEnvelope(String standard, String senderQualifier, String senderId,
		String receiverQualifier, String receiverId, String controlNumber, @Nullable LocalDateTime preparedAt,
		boolean test) {
}
