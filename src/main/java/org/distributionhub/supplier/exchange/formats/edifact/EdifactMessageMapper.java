package org.distributionhub.supplier.exchange.formats.edifact;

import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.formats.edi.SegmentIssues;
import org.jspecify.annotations.Nullable;

/**
 * Maps the body of one kind of EDIFACT message (the segments between UNH and UNT) to a document, noting what it
 * cannot read in the issues; a message with any issue gives no document.
 */
interface EdifactMessageMapper {

	/** The message type (UNH 0065), such as ORDRSP. */
	String messageType();

	@Nullable
	PartnerDocument map(String reference, List<Segment> body, SegmentIssues issues);

	/** The message's BGM, or null with a segment problem when it has none. */
	static @Nullable Segment bgm(List<Segment> body, SegmentIssues issues) {
		Segment bgm = body.stream().filter(segment -> segment.is("BGM")).findFirst().orElse(null);
		if (bgm == null) {
			issues.segment("BGM", 2, "3", "BGM is required right after UNH");
		}
		return bgm;
	}
}
