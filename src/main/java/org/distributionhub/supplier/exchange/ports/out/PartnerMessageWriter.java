package org.distributionhub.supplier.exchange.ports.out;

import java.util.List;

import org.distributionhub.supplier.exchange.api.OutboundPurchaseOrder;
import org.distributionhub.supplier.api.Channel;

/**
 * Writes what we send a partner in one format: purchase orders (850, ORDERS, CSV, JSON) and, for formats that have
 * them, functional acknowledgements of what the partner sent (X12 997; EDIFACT CONTRL). Pure: no files, no
 * database; control numbers come in through the addressing.
 */
public interface PartnerMessageWriter {

	Channel channel();

	OutboundMessage purchaseOrder(OutboundPurchaseOrder order, Addressing addressing);

	/**
	 * The functional acknowledgement of a received interchange, one AK1..AK9 block per group report. Formats
	 * without functional acknowledgements throw {@link UnsupportedOperationException}.
	 */
	OutboundMessage functionalAcknowledgement(InterchangeEnvelope received, List<GroupReport> groups,
			Addressing addressing);

	/**
	 * The acknowledgement of a received interchange envelope alone (X12 TA1; for EDIFACT a CONTRL with its UCI and,
	 * when groups are given, their messages). Formats without one throw {@link UnsupportedOperationException}.
	 */
	default OutboundMessage interchangeAcknowledgement(InterchangeEnvelope received, InterchangeReport report,
			List<GroupReport> groups, Addressing addressing) {
		throw new UnsupportedOperationException(channel() + " has no interchange acknowledgement");
	}

	/**
	 * Tells the partner an invoice it sent was rejected (X12 824, EDIFACT APERAK, a JSON webhook, a CSV file).
	 * Formats without one throw {@link UnsupportedOperationException}.
	 */
	default OutboundMessage invoiceRejection(InvoiceRejection rejection, Addressing addressing) {
		throw new UnsupportedOperationException(channel() + " has no invoice rejection");
	}
}
