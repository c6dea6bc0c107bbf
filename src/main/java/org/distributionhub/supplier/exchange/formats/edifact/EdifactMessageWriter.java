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
import org.distributionhub.supplier.exchange.ports.out.InvoiceRejection;
import org.distributionhub.supplier.exchange.ports.out.OutboundMessage;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageWriter;
import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.EdiCodeLists;
import org.distributionhub.supplier.partners.api.EdiIdentity;
import org.springframework.stereotype.Component;

/**
 * Writes EDIFACT for a supplier: an ORDERS D96A interchange (UNA, UNB syntax UNOC 3 with the interchange control
 * number as reference and 0035 = 1 for a test, one message with reference 1, UNZ) named
 * {@code ORDERS-<po>-<reference>.edi}, the CONTRL of a received interchange (see {@link EdifactContrlWriter}) and
 * the APERAK that rejects an invoice.
 * The UNB parties' qualifiers are checked against the hub's 0007 code list (the one profiles are checked against, 31B
 * included), the rest of the envelope by StAEDI.
 */
@Component
public class EdifactMessageWriter implements PartnerMessageWriter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

	@Override
	public Channel channel() {
		return Channel.EDIFACT;
	}

	@Override
	public OutboundMessage purchaseOrder(OutboundPurchaseOrder order, Addressing addressing) {
		String reference = String.valueOf(addressing.interchangeControlNumber());
		byte[] content = interchange(addressing, "ORDERS", out -> EdifactOrdersBody.write(order, out));
		return new OutboundMessage("ORDERS-" + X12MessageWriter.fileSafe(order.poNumber()) + "-" + reference + ".edi",
				"application/edifact", content);
	}

	/** One interchange (UNB with our reference, syntax UNOC 3, test flag) holding one D96A message of this type. */
	private static byte[] interchange(Addressing addressing, String type, java.util.function.Consumer<EdiOut> body) {
		String reference = String.valueOf(addressing.interchangeControlNumber());
		requireWritable("sender", addressing.sender());
		requireWritable("recipient", addressing.receiver());
		EdiOut out = EdiOut.edifact(EdifactControlSchema.syntax3());
		out.segment("UNB", List.of("UNOC", "3"), List.of(addressing.sender().id(), addressing.sender().qualifier()),
				List.of(addressing.receiver().id(), addressing.receiver().qualifier()),
				List.of(addressing.preparedAt().format(DATE), addressing.preparedAt().format(TIME)), reference, null,
				null, null, null, null, addressing.test() ? "1" : null);
		out.startTransaction();
		out.segment("UNH", "1", List.of(type, "D", "96A", "UN"));
		body.accept(out);
		out.segment("UNT", String.valueOf(out.trailerCount()), "1");
		out.segment("UNZ", "1", reference);
		return out.finish();
	}

	/**
	 * The APERAK rejecting an invoice (D96A, {@code APERAK-<invoice>-<reference>.edi}): BGM 305 (application error
	 * and acknowledgement) with our reference and 27 (not accepted), DTM+137, RFF+IV the invoice and RFF+ON its order,
	 * then ERC+ZZZ with FTX+AAO carrying the reason in lines of 70 characters (at most five).
	 */
	@Override
	public OutboundMessage invoiceRejection(InvoiceRejection rejection, Addressing addressing) {
		byte[] content = interchange(addressing, "APERAK", out -> {
			out.segment("BGM", "305", rejection.reference(), "27");
			out.segment("DTM", List.of("137", rejection.rejectedAt().format(STAMP), "203"));
			out.segment("RFF", List.of("IV", rejection.invoiceNumber()));
			if (rejection.poNumber() != null) {
				out.segment("RFF", List.of("ON", rejection.poNumber()));
			}
			out.segment("ERC", List.of("ZZZ"));
			List<Object> text = new java.util.ArrayList<>(List.of("AAO", "", ""));
			text.add(lines(rejection.reason()));
			out.segment("FTX", text.toArray());
		});
		return new OutboundMessage("APERAK-" + X12MessageWriter.fileSafe(rejection.invoiceNumber()) + "-"
				+ addressing.interchangeControlNumber() + ".edi", "application/edifact", content);
	}

	/** Free text (4440) in lines of at most 70 characters, five at most, control characters as spaces. */
	private static List<String> lines(String text) {
		String plain = text.replaceAll("\\p{Cntrl}", " ").strip();
		List<String> lines = new java.util.ArrayList<>();
		for (int start = 0; start < plain.length() && lines.size() < 5; start += 70) {
			lines.add(plain.substring(start, Math.min(plain.length(), start + 70)));
		}
		return lines.isEmpty() ? List.of("-") : lines;
	}

	/** The UNB party's qualifier and id as the hub's code list takes them, whatever StAEDI's copy of 0007 lacks. */
	private static void requireWritable(String party, EdiIdentity identity) {
		if (!EdiCodeLists.isEdifactQualifier(identity.qualifier())) {
			throw new IllegalArgumentException("'%s' is no EDIFACT identification code qualifier (0007) for the UNB %s"
				.formatted(identity.qualifier(), party));
		}
		if (!EdiCodeLists.isEdifactId(identity.id())) {
			throw new IllegalArgumentException("The UNB %s id is 1 to %d printable ASCII characters"
				.formatted(party, EdiCodeLists.EDIFACT_ID_LENGTH));
		}
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
