package org.distributionhub.supplier.exchange.ports.out;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * The EDI interchange header of a received message (ISA or UNB): who sent it to whom, its control number and when
 * it was prepared. Sender plus control number recognise a re-sent interchange. {@code test} is ISA15 T or UNB 0035
 * 1. {@code version} is the envelope's own version (ISA12 such as 00401; the UNB syntax version such as 3), in which
 * it is answered; {@code acknowledgementRequested} is ISA14 1 or UNB 0031 1. {@code errorCode} is what is wrong with
 * the envelope itself in its standard's code list (X12 TA105 note code such as 001 or 021; EDIFACT 0085 such as 28 or
 * 29), null when nothing is. {@code sentDate} and {@code sentTime} are the date and time as written (ISA09/ISA10,
 * UNB S004), which a TA1 repeats.
 */
public record InterchangeEnvelope(String standard, String senderQualifier, String senderId,
		String receiverQualifier, String receiverId, String controlNumber, @Nullable LocalDateTime preparedAt,
		boolean test, String version, boolean acknowledgementRequested, @Nullable String errorCode, String sentDate,
		String sentTime) {

	/** An envelope with no version, acknowledgement request, error or raw date of its own. */
	public InterchangeEnvelope(String standard, String senderQualifier, String senderId, String receiverQualifier,
			String receiverId, String controlNumber, @Nullable LocalDateTime preparedAt, boolean test) {
		this(standard, senderQualifier, senderId, receiverQualifier, receiverId, controlNumber, preparedAt, test, "",
				false, null, "", "");
	}

	public boolean x12() {
		return "X12".equals(standard);
	}
}
