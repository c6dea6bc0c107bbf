package org.distributionhub.supplier.exchange.formats.edifact;

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
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.jspecify.annotations.Nullable;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * Judges one EDIFACT message and maps it when it is sound. A missing UNT, a UNT count or reference that does not
 * match, a message type not accepted from a supplier or an element the mapping cannot read means no document;
 * other findings in UNH are problems only.
 */
final class EdifactMessageAssessor {

	/** The document if the message was accepted, and what was wrong. */
	record Assessment(@Nullable PartnerDocument document, List<SyntaxProblem> problems) {
	}

	private final Map<String, EdifactMessageMapper> mappers;

	EdifactMessageAssessor(List<EdifactMessageMapper> mappers) {
		this.mappers = mappers.stream()
				.collect(Collectors.toMap(EdifactMessageMapper::messageType, Function.identity()));
	}

	Assessment assess(ScannedTransaction message) {
		Segment unh = message.header();
		String reference = unh.value(1).strip();
		String type = unh.component(2, 1).strip();
		String where = "message " + reference;
		List<SyntaxProblem> problems = new ArrayList<>();
		boolean rejected = false;
		if (message.trailer("UNT") == null) {
			problems.add(new SyntaxProblem(where, "The message has no UNT trailer"));
			rejected = true;
		}
		for (Finding finding : message.findings()) {
			if (finding.in("UNT", 1) && finding.error() == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT) {
				problems.add(new SyntaxProblem(where, "UNT says " + finding.value() + " segments but the message has "
						+ message.segments().size()));
				rejected = true;
			}
			else if (finding.in("UNT", 2)) {
				problems.add(new SyntaxProblem(where, "UNT reference " + finding.value() + " does not match UNH "
						+ reference));
				rejected = true;
			}
			else {
				problems.add(new SyntaxProblem(where, finding.describe()));
			}
		}
		EdifactMessageMapper mapper = mappers.get(type);
		if (mapper == null) {
			problems.add(new SyntaxProblem(where, "Message type " + type + " is not accepted from a supplier"));
			return new Assessment(null, problems);
		}
		SegmentIssues issues = new SegmentIssues(where);
		PartnerDocument document = mapper.map(reference, message.body("UNT"), issues);
		problems.addAll(issues.problems());
		return new Assessment(rejected || issues.any() ? null : document, problems);
	}
}
