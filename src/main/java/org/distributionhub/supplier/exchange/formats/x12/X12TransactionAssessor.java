package org.distributionhub.supplier.exchange.formats.x12;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.formats.edi.Finding;
import org.distributionhub.supplier.exchange.formats.edi.ScannedTransaction;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.formats.edi.SegmentIssues;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.TransactionReport;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.jspecify.annotations.Nullable;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * Judges one X12 transaction set for the 997 and maps it when it is sound. AK5 codes (X12 718): 1 set not accepted
 * from a supplier, 2 SE missing, 3 ST02 and SE02 differ, 4 SE01 is not the segment count, 5 segments in error,
 * 6 and 7 ST01 or ST02 invalid, 23 control number repeated in the group. Any code rejects it (R): no document.
 */
final class X12TransactionAssessor {

	/** The report for AK2 to AK5, the document if the transaction was accepted, and what was wrong. */
	record Assessment(TransactionReport report, @Nullable PartnerDocument document, List<SyntaxProblem> problems) {

		boolean accepted() {
			return !report.status().equals("R");
		}
	}

	private final Map<String, X12TransactionMapper> mappers;

	X12TransactionAssessor(List<X12TransactionMapper> mappers) {
		this.mappers = mappers.stream().collect(Collectors.toMap(X12TransactionMapper::setId, Function.identity()));
	}

	Assessment assess(ScannedTransaction scanned, @Nullable LocalDate groupDate, @Nullable LocalTime groupTime,
			boolean repeated) {
		Segment st = scanned.header();
		String setId = st.value(1).strip();
		String control = st.value(2).strip();
		String where = "transaction " + (control.isEmpty() ? "at " + st.position() : control);
		List<String> codes = new ArrayList<>();
		List<SyntaxProblem> problems = new ArrayList<>();
		SegmentIssues issues = new SegmentIssues(where);
		for (Finding finding : scanned.findings()) {
			envelopeFinding(finding, scanned, issues, codes, problems, where);
		}
		if (scanned.trailer("SE") == null) {
			note(codes, problems, "2", where, "The transaction has no SE trailer");
		}
		if (setId.isEmpty()) {
			note(codes, problems, "6", where, "ST01 (transaction set identifier) is missing");
		}
		if (control.isEmpty()) {
			note(codes, problems, "7", where, "ST02 (control number) is missing");
		}
		if (repeated) {
			note(codes, problems, "23", where, "ST02 " + control + " is used twice in its functional group");
		}
		X12TransactionMapper mapper = mappers.get(setId);
		PartnerDocument document = null;
		if (mapper == null && !setId.isEmpty()) {
			note(codes, problems, "1", where, "Transaction set " + setId + " is not accepted from a supplier");
		}
		else if (mapper != null) {
			document = mapper.map(new X12Transaction(control, scanned.body("SE"), groupDate, groupTime),
					new X12Fields(issues));
		}
		if (issues.any()) {
			codes.add("5");
			problems.addAll(issues.problems());
		}
		List<String> distinct = codes.stream().distinct().toList();
		String status = distinct.isEmpty() ? "A" : "R";
		var report = new TransactionReport(setId, control, issues.errors(), status, distinct);
		return new Assessment(report, status.equals("A") ? document : null, problems);
	}

	private static void envelopeFinding(Finding finding, ScannedTransaction scanned, SegmentIssues issues,
			List<String> codes, List<SyntaxProblem> problems, String where) {
		EDIStreamValidationError error = finding.error();
		if (finding.in("SE", 1) && error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT) {
			note(codes, problems, "4", where, "SE01 says " + finding.value() + " segments but the transaction has "
					+ scanned.segments().size());
		}
		else if (finding.in("SE", 2) && error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH) {
			note(codes, problems, "3", where,
					"SE02 " + finding.value() + " does not match ST02 " + scanned.header().value(2));
		}
		else if (finding.tag().equals("ST")) {
			note(codes, problems, finding.element() == 1 ? "6" : "7", where, finding.describe());
		}
		else if (finding.tag().equals("SE")) {
			note(codes, problems, finding.element() == 1 ? "4" : "3", where, finding.describe());
		}
		else if (X12Codes.isSegmentError(error)) {
			issues.segment(finding.tag(), finding.position(), X12Codes.segment(error), finding.describe());
		}
		else {
			issues.element(finding.tag(), finding.position(), Math.max(1, finding.element()), finding.reference(),
					X12Codes.element(error), finding.value(), finding.describe());
		}
	}

	private static void note(List<String> codes, List<SyntaxProblem> problems, String code, String where,
			String message) {
		codes.add(code);
		problems.add(new SyntaxProblem(where, message));
	}
}
