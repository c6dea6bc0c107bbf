package org.distributionhub.supplier.exchange.formats.edifact;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.distributionhub.supplier.exchange.formats.edi.EdiOut;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.ElementError;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.SegmentError;
import org.distributionhub.supplier.exchange.ports.out.GroupReport.TransactionReport;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.InterchangeReport;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;

/**
 * Writes the CONTRL of a received EDIFACT interchange, in an interchange of ours with the received syntax version and
 * test indicator: UCI (its 0020, sender and recipient, action 7 acknowledged or 4 rejected with the 0085 error, the
 * error only with 4), then unless the interchange is rejected, per message UCM (reference, message identifier, action
 * 7 or 4 with its error) with a UCS per faulty segment and a UCD per faulty element. Named
 * {@code CONTRL-<our reference>.edi}.
 */
final class EdifactContrlWriter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

	private EdifactContrlWriter() {
	}

	static OutboundMessage write(InterchangeEnvelope received, InterchangeReport report, List<GroupReport> groups,
			Addressing addressing) {
		String syntax = received.version().matches("[1-4]") ? received.version() : "3";
		String reference = String.valueOf(addressing.interchangeControlNumber());
		EdiOut out = EdiOut.edifact(EdifactControlSchema.syntax3());
		out.segment("UNB", List.of("UNOC", syntax), List.of(addressing.sender().id(), addressing.sender().qualifier()),
				List.of(addressing.receiver().id(), addressing.receiver().qualifier()),
				List.of(addressing.preparedAt().format(DATE), addressing.preparedAt().format(TIME)), reference, null,
				null, null, null, null, addressing.test() ? "1" : null);
		out.startTransaction();
		out.segment("UNH", "1", syntax.equals("4") ? List.of("CONTRL", "4", "1", "UN") : List.of("CONTRL", "D", "3", "UN"));
		boolean rejected = report.rejected() || !groups.isEmpty()
				&& groups.stream().allMatch(group -> group.status().equals("R"));
		out.segment("UCI", received.controlNumber(), List.of(received.senderId(), received.senderQualifier()),
				List.of(received.receiverId(), received.receiverQualifier()), rejected ? "4" : "7",
				rejected && !report.code().isEmpty() ? report.code() : null);
		if (!report.rejected()) {
			groups.forEach(group -> group.transactions().forEach(message -> message(message, out)));
		}
		out.segment("UNT", String.valueOf(out.trailerCount()), "1");
		out.segment("UNZ", "1", reference);
		return new OutboundMessage("CONTRL-" + reference + ".edi", "application/edifact", out.finish());
	}

	private static void message(TransactionReport message, EdiOut out) {
		List<Object> identifier = new ArrayList<>(Arrays.asList((Object[]) message.setId().split(":", -1)));
		boolean accepted = message.status().equals("A") || message.status().equals("E");
		out.segment("UCM", message.controlNumber(), identifier, accepted ? "7" : "4",
				message.errorCodes().isEmpty() ? null : message.errorCodes().get(0));
		for (SegmentError segment : message.segmentErrors()) {
			out.segment("UCS", String.valueOf(segment.position()), segment.code());
			for (ElementError element : segment.elements()) {
				out.segment("UCD", element.code(), element.componentPosition() == null
						? List.of(String.valueOf(element.position()))
						: List.of(String.valueOf(element.position()), String.valueOf(element.componentPosition())));
			}
		}
	}
}
