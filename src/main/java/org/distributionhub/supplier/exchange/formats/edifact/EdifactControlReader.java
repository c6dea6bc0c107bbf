package org.distributionhub.supplier.exchange.formats.edifact;

import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck.TransactionResult;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.distributionhub.supplier.exchange.formats.edi.SegmentIssues;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CONTRL as a functional acknowledgement: the group is the acknowledged group (UCF) or, for an interchange
 * without groups, the interchange itself (UCI 0020), its functional id the type of the first acknowledged message;
 * action codes (0083) 7 and 8 read as A, 4 as R, and a group with some rejected messages as P.
 */
final class EdifactControlReader implements EdifactMessageMapper {

	@Override
	public String messageType() {
		return "CONTRL";
	}

	@Override
	public @Nullable PartnerDocument map(String reference, List<Segment> body, SegmentIssues issues) {
		Segment uci = body.stream().filter(segment -> segment.is("UCI")).findFirst().orElse(null);
		if (uci == null) {
			issues.segment("UCI", 2, "3", "UCI is required right after UNH");
			return null;
		}
		Segment ucf = body.stream().filter(segment -> segment.is("UCF")).findFirst().orElse(null);
		String groupAction = ucf == null ? uci.value(4) : ucf.value(4);
		List<TransactionResult> messages = new ArrayList<>();
		for (Segment ucm : body.stream().filter(segment -> segment.is("UCM")).toList()) {
			messages.add(new TransactionResult(ucm.component(2, 1).strip(), ucm.value(1).strip(),
					status(ucm.value(3))));
		}
		String groupStatus = status(groupAction);
		if (groupStatus.equals("A") && messages.stream().anyMatch(message -> message.status().equals("R"))) {
			groupStatus = "P";
		}
		String control = ucf == null ? uci.value(1).strip() : ucf.value(1).strip();
		String functionalId = messages.isEmpty() ? "" : messages.get(0).setId();
		return new ReceivedFunctionalAck(reference, functionalId, control, groupStatus, messages);
	}

	private static String status(String action) {
		return switch (action.strip()) {
			case "4" -> "R";
			case "7", "8", "" -> "A";
			default -> action.strip();
		};
	}
}
