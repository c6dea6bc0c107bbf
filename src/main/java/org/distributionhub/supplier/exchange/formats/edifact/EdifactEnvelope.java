package org.distributionhub.supplier.exchange.formats.edifact;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.formats.edi.EdiText;
import org.distributionhub.supplier.exchange.formats.edi.Finding;
import org.distributionhub.supplier.partners.api.EdiCodeLists;
import org.distributionhub.supplier.exchange.formats.edi.ScannedGroup;
import org.distributionhub.supplier.exchange.formats.edi.ScannedInterchange;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.jspecify.annotations.Nullable;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * The UNB as an {@link InterchangeEnvelope} (sender and recipient with their code qualifiers, 0020 control
 * reference, date and time, 0031 acknowledgement request, 0035 test indicator) and what is wrong with the interchange
 * and its groups: UNZ or UNE missing, counts or control references that do not match, invalid envelope elements.
 * These are problems only.
 */
final class EdifactEnvelope {

	private static final String WHERE = "interchange";

	private EdifactEnvelope() {
	}

	static @Nullable InterchangeEnvelope envelope(ScannedInterchange interchange) {
		Segment unb = interchange.header();
		if (unb == null || !unb.is("UNB")) {
			return null;
		}
		String date = unb.component(4, 1).strip();
		LocalDateTime preparedAt = EdifactValues.dateTime(date + unb.component(4, 2).strip(),
				date.length() == 8 ? "203" : "201");
		return new InterchangeEnvelope("EDIFACT", unb.component(2, 2).strip(), unb.component(2, 1).strip(),
				unb.component(3, 2).strip(), unb.component(3, 1).strip(), unb.value(5).strip(), preparedAt,
				"1".equals(unb.value(11).strip()), unb.component(1, 2).strip(), "1".equals(unb.value(9).strip()),
				EdifactControlReports.errorCode(interchange), date, unb.component(4, 2).strip());
	}

	static List<SyntaxProblem> problems(ScannedInterchange interchange) {
		List<SyntaxProblem> problems = new ArrayList<>();
		if (interchange.fatal() != null) {
			problems.add(new SyntaxProblem(WHERE, "Reading stopped: " + interchange.fatal()));
		}
		if (interchange.trailer() == null) {
			problems.add(new SyntaxProblem(WHERE, "The interchange has no complete UNZ trailer"));
		}
		interchange.findings().stream().filter(finding -> !knownSyntaxIdentifier(finding) && !knownPartyQualifier(finding))
			.forEach(finding -> problems.add(new SyntaxProblem(WHERE, describe(finding))));
		for (ScannedGroup group : interchange.groups()) {
			String where = group.implicit() ? WHERE : "group " + (group.header() == null ? "" : group.header().value(5));
			if (!group.implicit() && group.trailer() == null) {
				problems.add(new SyntaxProblem(where, "The group has no UNE trailer"));
			}
			group.findings().forEach(finding -> problems.add(new SyntaxProblem(where, describe(finding))));
		}
		if (interchange.more()) {
			problems.add(new SyntaxProblem(WHERE, "A second interchange follows the first; only the first is read"));
		}
		return problems;
	}

	/**
	 * The EDI library's code list for UNB 0001 stops at UNOY; the later ones (UNOL, UNOW) are as valid, and read in
	 * their own character set.
	 */
	private static boolean knownSyntaxIdentifier(Finding finding) {
		return finding.in("UNB", 1) && finding.error() == EDIStreamValidationError.INVALID_CODE_VALUE
				&& finding.value() != null && EdiText.edifactCharset(finding.value()) != null;
	}

	/**
	 * Its copy of the 0007 list (UNB sender and recipient qualifiers) lacks codes partners use, such as 31B (book-trade
	 * SAN) and 503 to 506; the hub's own list, the one profiles are checked against, decides.
	 */
	private static boolean knownPartyQualifier(Finding finding) {
		return (finding.in("UNB", 2) || finding.in("UNB", 3))
				&& finding.error() == EDIStreamValidationError.INVALID_CODE_VALUE && finding.value() != null
				&& EdiCodeLists.isEdifactQualifier(finding.value());
	}

	private static String describe(Finding finding) {
		boolean trailer = finding.tag().equals("UNZ") || finding.tag().equals("UNE");
		if (trailer && finding.error() == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT) {
			return finding.tag() + " count " + finding.value() + " does not match what it closes";
		}
		if (trailer && finding.error() == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH) {
			return finding.tag() + " reference " + finding.value() + " does not match its header";
		}
		return finding.describe();
	}
}
