package org.distributionhub.supplier.exchange.formats.x12;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.formats.edi.Finding;
import org.distributionhub.supplier.exchange.formats.edi.ScannedInterchange;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.jspecify.annotations.Nullable;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * The ISA as an {@link InterchangeEnvelope} and what is wrong with the interchange as a whole: IEA missing or
 * cut off, IEA01 not the number of groups, IEA02 not ISA13, invalid ISA elements. These are problems only (a TA1
 * would carry them); the groups are still judged and acknowledged one by one.
 */
final class X12Envelope {

	private static final String WHERE = "interchange";

	private X12Envelope() {
	}

	static @Nullable InterchangeEnvelope envelope(ScannedInterchange interchange) {
		Segment isa = interchange.header();
		if (isa == null || !isa.is("ISA")) {
			return null;
		}
		LocalDate date = X12Dates.date(isa.value(9).strip());
		LocalTime time = X12Dates.time(isa.value(10).strip());
		LocalDateTime preparedAt = date == null ? null : date.atTime(time == null ? LocalTime.MIDNIGHT : time);
		return new InterchangeEnvelope("X12", isa.value(5).strip(), isa.value(6).strip(), isa.value(7).strip(),
				isa.value(8).strip(), isa.value(13).strip(), preparedAt, "T".equals(isa.value(15).strip()),
				isa.value(12).strip(), "1".equals(isa.value(14).strip()), noteCode(interchange), isa.value(9).strip(),
				isa.value(10).strip());
	}

	/**
	 * The TA105 note code of the first thing wrong with the envelope, null when nothing is: 001 IEA02 is not ISA13,
	 * 021 IEA01 is not the number of groups, 023 the interchange ends early, 024 no group in it, and for an invalid
	 * ISA element the note code of that element (005..020, 027).
	 */
	static @Nullable String noteCode(ScannedInterchange interchange) {
		for (Finding finding : interchange.findings()) {
			if (finding.in("IEA", 1)) {
				return "021";
			}
			if (finding.in("IEA", 2)) {
				return "001";
			}
			if (finding.tag().equals("ISA") && finding.element() >= 1 && finding.element() <= ISA_NOTES.length) {
				return ISA_NOTES[finding.element() - 1];
			}
		}
		if (interchange.fatal() != null || interchange.trailer() == null) {
			return "023";
		}
		return interchange.groups().isEmpty() ? "024" : null;
	}

	/** TA105 note codes for an invalid ISA01..ISA16. */
	private static final String[] ISA_NOTES = { "010", "011", "012", "013", "005", "006", "007", "008", "014", "015",
			"016", "017", "018", "019", "020", "027" };

	static List<SyntaxProblem> problems(ScannedInterchange interchange) {
		List<SyntaxProblem> problems = new ArrayList<>();
		if (interchange.fatal() != null) {
			problems.add(new SyntaxProblem(WHERE, "Reading stopped: " + interchange.fatal()));
		}
		if (interchange.trailer() == null) {
			problems.add(new SyntaxProblem(WHERE, "The interchange has no complete IEA trailer"));
		}
		for (Finding finding : interchange.findings()) {
			if (finding.in("IEA", 1) && finding.error() == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT) {
				problems.add(new SyntaxProblem(WHERE, "IEA01 says " + finding.value()
						+ " functional groups but the interchange has " + interchange.groups().size()));
			}
			else if (finding.in("IEA", 2)) {
				problems.add(new SyntaxProblem(WHERE, "IEA02 " + finding.value() + " does not match ISA13 "
						+ (interchange.header() == null ? "" : interchange.header().value(13))));
			}
			else {
				problems.add(new SyntaxProblem(WHERE, finding.describe()));
			}
		}
		if (interchange.more()) {
			problems.add(new SyntaxProblem(WHERE, "A second interchange follows the first; only the first is read"));
		}
		return problems;
	}
}
