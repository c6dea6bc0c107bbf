package org.distributionhub.supplier.exchange.formats.edifact;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.distributionhub.supplier.exchange.api.CodeList;
import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.ReceivedAcknowledgement;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.formats.edi.SegmentIssues;
import org.jspecify.annotations.Nullable;

/**
 * Reads an ORDRSP: BGM 1225 as the purpose (29 accepted, 4 change, 27 not accepted, 34 accepted with amendment),
 * BGM 4343 as the type, RFF+ON the PO number, RFF+VN (or else the BGM document number) the seller's order number,
 * DTM+137 the acknowledgement time (UTC), DTM+4 the PO date, CUX the currency, and the LIN groups.
 */
final class EdifactOrderResponseReader implements EdifactMessageMapper {

	@Override
	public String messageType() {
		return "ORDRSP";
	}

	@Override
	public @Nullable PartnerDocument map(String reference, List<Segment> body, SegmentIssues issues) {
		Segment bgm = EdifactMessageMapper.bgm(body, issues);
		if (bgm == null) {
			return null;
		}
		List<Segment> header = header(body);
		String poNumber = reference(header, "ON");
		if (poNumber == null) {
			issues.segment("RFF", bgm.position(), "3", "RFF+ON with the purchase order number is required");
		}
		String seller = reference(header, "VN");
		LocalDateTime acknowledged = date(header, "137", issues);
		LocalDateTime ordered = date(header, "4", issues);
		String currency = header.stream().filter(segment -> segment.is("CUX")).map(cux -> cux.component(1, 2))
				.filter(code -> !code.isBlank()).findFirst().orElse(null);
		var lines = new EdifactOrderResponseLines(issues).read(body, currency);
		if (poNumber == null) {
			return null;
		}
		return new ReceivedAcknowledgement(reference, poNumber, CodeList.EDIFACT, blankToNull(bgm.value(3)),
				blankToNull(bgm.value(4)), ordered == null ? null : ordered.toLocalDate(),
				seller != null ? seller : blankToNull(bgm.component(2, 1)),
				acknowledged == null ? null : acknowledged.atOffset(ZoneOffset.UTC), lines);
	}

	private static List<Segment> header(List<Segment> body) {
		int end = 0;
		while (end < body.size() && !body.get(end).is("LIN") && !body.get(end).is("UNS")) {
			end++;
		}
		return body.subList(0, end);
	}

	private static @Nullable String reference(List<Segment> header, String qualifier) {
		return header.stream().filter(segment -> segment.is("RFF") && segment.component(1, 1).equals(qualifier))
				.map(rff -> rff.component(1, 2).strip()).filter(value -> !value.isEmpty()).findFirst().orElse(null);
	}

	private static @Nullable LocalDateTime date(List<Segment> header, String qualifier, SegmentIssues issues) {
		for (Segment dtm : header) {
			if (dtm.is("DTM") && dtm.component(1, 1).equals(qualifier)) {
				LocalDateTime value = EdifactValues.dateTime(dtm.component(1, 2), dtm.component(1, 3));
				if (value == null) {
					issues.element(dtm, 1, "2380", "8", dtm.component(1, 2),
							"DTM+" + qualifier + " '" + dtm.component(1, 2) + "' is not a date in format "
									+ dtm.component(1, 3));
				}
				return value;
			}
		}
		return null;
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}
}
