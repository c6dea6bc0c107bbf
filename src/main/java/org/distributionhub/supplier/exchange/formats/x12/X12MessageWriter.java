package org.distributionhub.supplier.exchange.formats.x12;

import java.util.List;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.InterchangeReport;
import org.distributionhub.supplier.exchange.ports.out.InvoiceRejection;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.api.Channel;
import org.springframework.stereotype.Component;

/**
 * Writes X12 for a supplier: the 850 of a purchase order in 004010 ({@code 850-<po>-<ISA13>.x12}), and in the
 * received interchange's own version the 997 ({@code 997-<ISA13>.x12}, one transaction set per group report) and
 * the TA1 ({@code TA1-<ISA13>.x12}); and the 824 that rejects an invoice. A received 997 is never acknowledged: the
 * caller passes no report of an FA group.
 */
@Component
public class X12MessageWriter implements PartnerMessageWriter {

	static final String CONTENT_TYPE = "application/edi-x12";

	@Override
	public Channel channel() {
		return Channel.X12;
	}

	@Override
	public OutboundMessage purchaseOrder(OutboundPurchaseOrder order, Addressing addressing) {
		byte[] content = X12EnvelopeWriter.write(addressing, "PO",
				envelope -> envelope.transaction("850", out -> X12PurchaseOrderBody.write(order, out)));
		return new OutboundMessage("850-" + fileSafe(order.poNumber()) + "-"
				+ X12EnvelopeWriter.interchange(addressing) + ".x12", CONTENT_TYPE, content);
	}

	@Override
	public OutboundMessage functionalAcknowledgement(InterchangeEnvelope received, List<GroupReport> groups,
			Addressing addressing) {
		byte[] content = X12EnvelopeWriter.write(addressing, answering(received, groups), "FA", envelope -> groups
				.forEach(group -> envelope.transaction("997", out -> X12FunctionalAckBody.write(group, out))));
		return new OutboundMessage("997-" + X12EnvelopeWriter.interchange(addressing) + ".x12", CONTENT_TYPE,
				content);
	}

	/** The 824 rejecting an invoice, in 004010 with group id AG ({@code 824-<invoice>-<ISA13>.x12}). */
	@Override
	public OutboundMessage invoiceRejection(InvoiceRejection rejection, Addressing addressing) {
		byte[] content = X12EnvelopeWriter.write(addressing, "AG",
				envelope -> envelope.transaction("824", out -> X12ApplicationAdviceBody.write(rejection, out)));
		return new OutboundMessage("824-" + fileSafe(rejection.invoiceNumber()) + "-"
				+ X12EnvelopeWriter.interchange(addressing) + ".x12", CONTENT_TYPE, content);
	}

	/**
	 * The TA1 of a received interchange, alone in an interchange of our own (IEA01 0): TA101 the ISA13 received,
	 * TA102/TA103 its ISA09/ISA10, TA104 A, E or R, TA105 the note code.
	 */
	@Override
	public OutboundMessage interchangeAcknowledgement(InterchangeEnvelope received, InterchangeReport report,
			List<GroupReport> groups, Addressing addressing) {
		// A damaged ISA may hold a control number, date or time that no TA1 can carry: the TA1 then says 0 for the
		// number and gives when we received it, and its note code tells the partner what was wrong.
		String control = received.controlNumber().matches("\\d{1,9}")
				? String.format("%09d", Long.parseLong(received.controlNumber())) : "000000000";
		var at = addressing.preparedAt();
		String date = received.sentDate().matches("\\d{6}") ? received.sentDate()
				: at.format(X12EnvelopeWriter.ISA_DATE);
		String time = received.sentTime().matches("\\d{4}") ? received.sentTime()
				: at.format(X12EnvelopeWriter.TIME);
		byte[] content = X12EnvelopeWriter.writeWithoutGroup(addressing, answering(received, groups),
				out -> out.segment("TA1", control, date, time, report.accepted(), report.code()));
		return new OutboundMessage("TA1-" + X12EnvelopeWriter.interchange(addressing) + ".x12", CONTENT_TYPE,
				content);
	}

	/** Our answer is written in the version it answers: ISA12 of the interchange, GS08 of its first group. */
	private static X12EnvelopeWriter.Version answering(InterchangeEnvelope received, List<GroupReport> groups) {
		String gs08 = groups.stream().map(GroupReport::version).filter(java.util.Objects::nonNull).findFirst()
				.orElse(null);
		return X12EnvelopeWriter.Version.answering(received.version(), gs08);
	}

	public static String fileSafe(String value) {
		return value.replaceAll("[^A-Za-z0-9._-]", "_");
	}
}
