package org.distributionhub.supplier.exchange.formats.edifact;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.formats.edi.EdiOut;
import org.distributionhub.supplier.exchange.formats.x12.X12MessageWriter;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.InterchangeReport;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.api.Channel;
import org.springframework.stereotype.Component;

/**
 * Writes EDIFACT for a supplier: an ORDERS D96A interchange (UNA, UNB syntax UNOC 3 with the interchange control
 * number as reference and 0035 = 1 for a test, one message with reference 1, UNZ) named
 * {@code ORDERS-<po>-<reference>.edi}, and the CONTRL of a received interchange (see {@link EdifactContrlWriter}).
 */
@Component
public class EdifactMessageWriter implements PartnerMessageWriter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

	@Override
	public Channel channel() {
		return Channel.EDIFACT;
	}

	@Override
	public OutboundMessage purchaseOrder(OutboundPurchaseOrder order, Addressing addressing) {
		String reference = String.valueOf(addressing.interchangeControlNumber());
		EdiOut out = EdiOut.edifact();
		out.segment("UNB", List.of("UNOC", "3"), List.of(addressing.sender().id(), addressing.sender().qualifier()),
				List.of(addressing.receiver().id(), addressing.receiver().qualifier()),
				List.of(addressing.preparedAt().format(DATE), addressing.preparedAt().format(TIME)), reference, null,
				null, null, null, null, addressing.test() ? "1" : null);
		out.startTransaction();
		out.segment("UNH", "1", List.of("ORDERS", "D", "96A", "UN"));
		EdifactOrdersBody.write(order, out);
		out.segment("UNT", String.valueOf(out.trailerCount()), "1");
		out.segment("UNZ", "1", reference);
		return new OutboundMessage("ORDERS-" + X12MessageWriter.fileSafe(order.poNumber()) + "-" + reference + ".edi",
				"application/edifact", out.finish());
	}

	@Override
	public OutboundMessage functionalAcknowledgement(InterchangeEnvelope received, List<GroupReport> groups,
			Addressing addressing) {
		return EdifactContrlWriter.write(received, InterchangeReport.accepted(received), groups, addressing);
	}

	@Override
	public OutboundMessage interchangeAcknowledgement(InterchangeEnvelope received, InterchangeReport report,
			List<GroupReport> groups, Addressing addressing) {
		return EdifactContrlWriter.write(received, report, groups, addressing);
	}
}
