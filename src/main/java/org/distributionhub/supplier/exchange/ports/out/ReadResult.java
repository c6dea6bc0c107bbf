package org.distributionhub.supplier.exchange.ports.out;

import java.util.List;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.jspecify.annotations.Nullable;

/**
 * What a reader made of one partner message: the documents it could read, the problems it found (a message with
 * problems may still carry documents: an interchange whose second transaction is broken), the EDI envelope if the
 * message had one, and for X12 one report per functional group, from which the 997 is written. A message nothing
 * could be read from has no documents and at least one problem.
 */
public record ReadResult(List<PartnerDocument> documents, List<SyntaxProblem> problems,
		@Nullable InterchangeEnvelope envelope, List<GroupReport> groups) {

	public ReadResult {
		documents = List.copyOf(documents);
		problems = List.copyOf(problems);
		groups = List.copyOf(groups);
	}

	public static ReadResult refused(SyntaxProblem... problems) {
		return new ReadResult(List.of(), List.of(problems), null, List.of());
	}

	public boolean readable() {
		return !documents.isEmpty();
	}
}
