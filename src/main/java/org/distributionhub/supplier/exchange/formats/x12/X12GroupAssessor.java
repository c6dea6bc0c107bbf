package org.distributionhub.supplier.exchange.formats.x12;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.formats.edi.Finding;
import org.distributionhub.supplier.exchange.formats.edi.ScannedGroup;
import org.distributionhub.supplier.exchange.formats.edi.ScannedTransaction;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.TransactionReport;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * Judges one functional group for AK1 and AK9. Group errors (X12 716): 3 GE missing, 4 GS06 and GE02 differ, 5 GE01
 * is not the number of transaction sets, 6 GS06 invalid; any of them rejects the whole group. Otherwise the group
 * is A when every transaction is, E when some were accepted with errors, P when some were rejected, R when all were.
 * Only the accepted transactions of a group that is not rejected give documents.
 */
final class X12GroupAssessor {

	/** The group's report, its documents and what was wrong. */
	record Outcome(GroupReport report, List<PartnerDocument> documents, List<SyntaxProblem> problems) {
	}

	private final X12TransactionAssessor transactions;

	X12GroupAssessor(X12TransactionAssessor transactions) {
		this.transactions = transactions;
	}

	Outcome assess(ScannedGroup group) {
		Segment gs = group.header() == null ? new Segment("GS", 0, List.of()) : group.header();
		String control = gs.value(6).strip();
		String where = "group " + (control.isEmpty() ? "at segment " + gs.position() : control);
		List<String> codes = new ArrayList<>();
		List<SyntaxProblem> problems = new ArrayList<>();
		groupFindings(group, codes, problems, where);
		List<TransactionReport> reports = new ArrayList<>();
		List<PartnerDocument> documents = new ArrayList<>();
		Set<String> controls = new HashSet<>();
		int accepted = 0;
		boolean errorsNoted = false;
		for (ScannedTransaction scanned : group.transactions()) {
			var assessment = transactions.assess(scanned, X12Dates.date(gs.value(4).strip()),
					X12Dates.time(gs.value(5).strip()), !controls.add(scanned.header().value(2).strip()));
			reports.add(assessment.report());
			problems.addAll(assessment.problems());
			if (assessment.accepted()) {
				accepted++;
				errorsNoted |= assessment.report().status().equals("E");
				if (assessment.document() != null) {
					documents.add(assessment.document());
				}
			}
		}
		int received = reports.size();
		if (received == 0) {
			problems.add(new SyntaxProblem(where, "The group holds no transaction set"));
		}
		String status = !codes.isEmpty() || accepted == 0 ? "R"
				: accepted < received ? "P" : errorsNoted ? "E" : "A";
		var report = new GroupReport(gs.value(1).strip(), control, gs.has(8) ? gs.value(8).strip() : null, reports,
				status, included(group, received), received, accepted, codes.stream().distinct().toList());
		return new Outcome(report, status.equals("R") ? List.of() : documents, problems);
	}

	private static void groupFindings(ScannedGroup group, List<String> codes, List<SyntaxProblem> problems,
			String where) {
		if (group.trailer() == null) {
			codes.add("3");
			problems.add(new SyntaxProblem(where, "The group has no GE trailer"));
		}
		for (Finding finding : group.findings()) {
			if (finding.in("GE", 1) && finding.error() == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT) {
				codes.add("5");
				problems.add(new SyntaxProblem(where, "GE01 says " + finding.value()
						+ " transaction sets but the group has " + group.transactions().size()));
			}
			else if (finding.in("GE", 2)) {
				codes.add("4");
				problems.add(new SyntaxProblem(where, "GE02 " + finding.value() + " does not match GS06"));
			}
			else if (finding.in("GS", 6)) {
				codes.add("6");
				problems.add(new SyntaxProblem(where, finding.describe()));
			}
			else {
				problems.add(new SyntaxProblem(where, finding.describe()));
			}
		}
	}

	private static int included(ScannedGroup group, int received) {
		String count = group.trailer() == null ? "" : group.trailer().value(1).strip();
		return count.matches("\\d{1,6}") ? Integer.parseInt(count) : received;
	}
}
