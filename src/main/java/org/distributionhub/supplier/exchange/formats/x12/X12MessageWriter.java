package org.distributionhub.supplier.exchange.formats.x12;

import java.util.List;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.exchange.ports.out.Addressing;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.InterchangeEnvelope;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.api.Channel;
import org.springframework.stereotype.Component;

/**
 * Writes X12 004010 for a supplier: the 850 of a purchase order ({@code 850-<po>-<ISA13>.x12}) and the 997 of a
 * received interchange ({@code 997-<ISA13>.x12}), one transaction set per group report. A received 997 is never
 * acknowledged: the caller passes no report of an FA group.
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
		byte[] content = X12EnvelopeWriter.write(addressing, "FA", envelope -> groups
				.forEach(group -> envelope.transaction("997", out -> X12FunctionalAckBody.write(group, out))));
		return new OutboundMessage("997-" + X12EnvelopeWriter.interchange(addressing) + ".x12", CONTENT_TYPE,
				content);
	}

	public static String fileSafe(String value) {
		return value.replaceAll("[^A-Za-z0-9._-]", "_");
	}
}
