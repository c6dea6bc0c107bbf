package org.distributionhub.supplier.exchange.formats.x12;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.formats.edi.EdiScanner;
import org.distributionhub.supplier.exchange.formats.edi.EdiText;
import org.distributionhub.supplier.exchange.formats.edi.ScannedGroup;
import org.distributionhub.supplier.exchange.formats.edi.ScannedInterchange;
import org.distributionhub.supplier.exchange.ports.out.GroupReport;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageReader;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.distributionhub.supplier.api.Channel;
import org.springframework.stereotype.Component;

/**
 * Reads an X12 interchange from a supplier: 855 acknowledgements, 856 ship notices, 810 invoices and 997
 * functional acknowledgements; any other transaction set is rejected in its group report. The delimiters are the ISA's own;
 * an ISA that is not fixed width is normalised when that is unambiguous, else the message is refused.
 */
@Component
public class X12MessageReader implements PartnerMessageReader {

	private final X12GroupAssessor groups = new X12GroupAssessor(new X12TransactionAssessor(
			List.of(new X12AcknowledgementReader(), new X12ShipNoticeReader(), new X12InvoiceReader(),
					new X12FunctionalAckReader())));

	@Override
	public Channel channel() {
		return Channel.X12;
	}

	@Override
	public String text(byte[] content) {
		return EdiText.decode(content);
	}

	@Override
	public ReadResult read(byte[] content) {
		IsaHeader.Prepared prepared = IsaHeader.prepare(EdiText.decode(content));
		if (prepared.text() == null) {
			return ReadResult.refused(prepared.refusal());
		}
		ScannedInterchange interchange = EdiScanner.scan(prepared.text().getBytes(StandardCharsets.UTF_8));
		var envelope = X12Envelope.envelope(interchange);
		if (envelope == null) {
			return ReadResult.refused(new SyntaxProblem("segment 1 (ISA)", "The ISA cannot be read: "
					+ (interchange.fatal() == null ? "it is missing" : interchange.fatal())));
		}
		List<PartnerDocument> documents = new ArrayList<>();
		List<SyntaxProblem> problems = new ArrayList<>(X12Envelope.problems(interchange));
		List<GroupReport> reports = new ArrayList<>();
		for (ScannedGroup group : interchange.groups()) {
			X12GroupAssessor.Outcome outcome = groups.assess(group);
			reports.add(outcome.report());
			documents.addAll(outcome.documents());
			problems.addAll(outcome.problems());
		}
		if (interchange.groups().isEmpty()) {
			problems.add(new SyntaxProblem("interchange", "The interchange holds no functional group"));
		}
		return new ReadResult(documents, problems, envelope, reports);
	}
}
