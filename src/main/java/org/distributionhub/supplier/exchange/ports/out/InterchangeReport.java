package org.distributionhub.supplier.exchange.ports.out;

/**
 * What our answer to a received interchange envelope says (X12 TA1, the UCI of an EDIFACT CONTRL): {@code accepted}
 * A (accepted), E (accepted with errors noted) or R (rejected), and the code of what was found, in the envelope's own
 * code list: X12 TA105 note code (000 no error, 001 control number mismatch, 021 wrong number of groups, 025 duplicate
 * control number...), EDIFACT 0085 syntax error (26 duplicate detected, 28 references do not match...) or empty.
 */
public record InterchangeReport(String accepted, String code) {

	public static InterchangeReport accepted(InterchangeEnvelope envelope) {
		if (envelope.errorCode() == null) {
			return new InterchangeReport("A", envelope.x12() ? "000" : "");
		}
		return new InterchangeReport("E", envelope.errorCode());
	}

	/** The interchange refused because its control number was used before for other content. */
	public static InterchangeReport duplicateControlNumber(InterchangeEnvelope envelope) {
		return new InterchangeReport("R", envelope.x12() ? "025" : "26");
	}

	public boolean rejected() {
		return "R".equals(accepted);
	}
}
