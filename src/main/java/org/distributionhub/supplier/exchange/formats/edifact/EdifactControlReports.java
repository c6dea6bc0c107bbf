package org.distributionhub.supplier.exchange.formats.edifact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.formats.edi.Finding;
import org.distributionhub.supplier.exchange.formats.edi.ScannedGroup;
import org.distributionhub.supplier.exchange.formats.edi.ScannedInterchange;
import org.distributionhub.supplier.exchange.formats.edi.ScannedTransaction;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.ElementError;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.SegmentError;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.TransactionReport;
import org.jspecify.annotations.Nullable;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * What a CONTRL must say about a received EDIFACT interchange, in the shape of the 997's group reports: one report
 * per group (UNG, or the interchange itself when it has none; functional id the UNG 0038 or the first message's type,
 * control the UNG 0048 or empty), one transaction report per message with the whole message identifier S009 as set id
 * ({@code ORDRSP:D:96A:UN:EAN005}), A when a document was read from it, R when not, and its errors as EDIFACT 0085
 * syntax error codes. Also the 0085 code of what is wrong with the interchange envelope.
 */
final class EdifactControlReports {

	private EdifactControlReports() {
	}

	static List<GroupReport> of(ScannedInterchange interchange, List<PartnerDocument> documents) {
		Set<String> read = documents.stream().map(PartnerDocument::documentId).collect(Collectors.toSet());
		List<GroupReport> reports = new ArrayList<>();
		for (ScannedGroup group : interchange.groups()) {
			List<TransactionReport> messages = group.transactions().stream().map(message -> report(message, read))
					.toList();
			int accepted = (int) messages.stream().filter(message -> message.status().equals("A")).count();
			String status = messages.isEmpty() || accepted == 0 ? "R" : accepted < messages.size() ? "P" : "A";
			Segment ung = group.implicit() ? null : group.header();
			String functionalId = ung != null ? ung.component(1, 1).strip()
					: messages.isEmpty() ? "" : type(messages.get(0).setId());
			reports.add(new GroupReport(functionalId, ung == null ? "" : ung.value(5).strip(), null, messages, status,
					messages.size(), messages.size(), accepted, List.of()));
		}
		return reports;
	}

	private static String type(String identifier) {
		int colon = identifier.indexOf(':');
		return colon < 0 ? identifier : identifier.substring(0, colon);
	}

	/** The 0085 code of the first thing wrong with the UNB/UNZ envelope, null when nothing is. */
	static @Nullable String errorCode(ScannedInterchange interchange) {
		for (Finding finding : interchange.findings()) {
			return code(finding.error());
		}
		if (interchange.fatal() != null || interchange.trailer() == null) {
			return "13";
		}
		return interchange.groups().isEmpty() ? "32" : null;
	}

	private static TransactionReport report(ScannedTransaction message, Set<String> read) {
		Segment unh = message.header();
		String reference = unh.value(1).strip();
		List<String> identifier = new ArrayList<>();
		for (int component = 1; component <= 5; component++) {
			String value = unh.component(2, component).strip();
			if (component > 4 && value.isEmpty()) {
				break;
			}
			identifier.add(value);
		}
		List<SegmentError> segments = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (Finding finding : message.findings()) {
			String code = code(finding.error());
			if (finding.tag().equals("UNT") || finding.tag().equals("UNH")) {
				codes.add(code);
			}
			else {
				List<ElementError> elements = finding.element() > 0 ? List.of(new ElementError(finding.element(),
						finding.component() > 0 ? finding.component() : null, finding.reference(), code,
						finding.value())) : List.of();
				segments.add(new SegmentError(finding.tag(), finding.position(), null, code, elements));
			}
		}
		if (message.trailer("UNT") == null) {
			codes.add("13");
		}
		String status = read.contains(reference) ? "A" : "R";
		if (status.equals("R") && codes.isEmpty() && segments.isEmpty()) {
			// Read but not usable (a type we do not take, a value the mapping refuses): no agreement on it.
			codes.add("17");
		}
		return new TransactionReport(String.join(":", identifier), reference, segments, status,
				codes.stream().distinct().toList());
	}

	/** EDIFACT syntax error codes (0085) of StAEDI's validation errors; 12 (invalid value) for the others. */
	private static String code(EDIStreamValidationError error) {
		return switch (error) {
			case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> "29";
			case CONTROL_REFERENCE_MISMATCH -> "28";
			case MANDATORY_SEGMENT_MISSING, REQUIRED_DATA_ELEMENT_MISSING -> "13";
			case SEGMENT_EXCEEDS_MAXIMUM_USE, LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "35";
			case INVALID_CHARACTER_DATA -> "21";
			case DATA_ELEMENT_TOO_LONG -> "39";
			case DATA_ELEMENT_TOO_SHORT -> "40";
			case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, SEGMENT_NOT_IN_PROPER_SEQUENCE -> "15";
			case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS -> "16";
			default -> "12";
		};
	}
}
