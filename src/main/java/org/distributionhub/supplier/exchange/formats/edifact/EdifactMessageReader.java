package org.distributionhub.supplier.exchange.formats.edifact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.formats.edi.EdiScanner;
import org.distributionhub.supplier.exchange.formats.edi.EdiText;
import org.distributionhub.supplier.exchange.formats.edi.ScannedGroup;
import org.distributionhub.supplier.exchange.formats.edi.ScannedInterchange;
import org.distributionhub.supplier.exchange.formats.edi.ScannedTransaction;
import org.distributionhub.supplier.exchange.ports.out.PartnerMessageReader;
import org.distributionhub.supplier.exchange.ports.out.ReadResult;
import org.distributionhub.supplier.exchange.ports.out.SyntaxProblem;
import org.distributionhub.supplier.api.Channel;
import org.springframework.stereotype.Component;

/**
 * Reads an EDIFACT interchange from a supplier (UNA optional, with its own delimiters and release character;
 * UNG groups optional): ORDRSP order responses, DESADV despatch advices, INVOIC invoices and CONTRL
 * acknowledgements. Everything wrong is a problem; the group reports say per message what a CONTRL answers.
 */
@Component
public class EdifactMessageReader implements PartnerMessageReader {

	private final EdifactMessageAssessor messages = new EdifactMessageAssessor(
			List.of(new EdifactOrderResponseReader(), new EdifactControlReader(), new EdifactDespatchAdviceReader(),
					new EdifactInvoiceReader()));

	@Override
	public Channel channel() {
		return Channel.EDIFACT;
	}

	@Override
	public String text(byte[] content) {
		return EdiText.decode(content);
	}

	@Override
	public ReadResult read(byte[] content) {
		String text = EdiText.decode(content);
		text = text.substring(EdiText.firstNonBlank(text));
		if (!text.startsWith("UNA") && !text.startsWith("UNB")) {
			return ReadResult.refused(new SyntaxProblem("segment 1",
					"The message starts with neither UNA nor UNB, so it is not an EDIFACT interchange"));
		}
		ScannedInterchange interchange = EdiScanner.scan(text.getBytes(StandardCharsets.UTF_8));
		var envelope = EdifactEnvelope.envelope(interchange);
		if (envelope == null) {
			return ReadResult.refused(new SyntaxProblem("segment 1 (UNB)", "The UNB cannot be read: "
					+ (interchange.fatal() == null ? "it is missing" : interchange.fatal())));
		}
		List<PartnerDocument> documents = new ArrayList<>();
		List<SyntaxProblem> problems = new ArrayList<>(EdifactEnvelope.problems(interchange));
		for (ScannedGroup group : interchange.groups()) {
			for (ScannedTransaction message : group.transactions()) {
				var assessment = messages.assess(message);
				problems.addAll(assessment.problems());
				if (assessment.document() != null) {
					documents.add(assessment.document());
				}
			}
		}
		if (interchange.groups().isEmpty()) {
			problems.add(new SyntaxProblem("interchange", "The interchange holds no message"));
		}
		return new ReadResult(documents, problems, envelope, EdifactControlReports.of(interchange, documents));
	}
}
