package org.distributionhub.supplier.exchange.formats.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.distributionhub.supplier.exchange.api.PartnerDocument;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck;
import org.distributionhub.supplier.exchange.api.ReceivedFunctionalAck.TransactionResult;
import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.jspecify.annotations.Nullable;

/**
 * Reads a 997: AK1 functional id and group control number, each AK2 with the result of its AK5, and AK9's group
 * result. The AK3/AK4 details are not kept: the partner's own tools show them.
 */
final class X12FunctionalAckReader implements X12TransactionMapper {

	private static final Set<String> TRANSACTION_RESULTS = Set.of("A", "E", "M", "R", "W", "X");
	private static final Set<String> GROUP_RESULTS = Set.of("A", "E", "M", "P", "R", "W", "X");

	@Override
	public String setId() {
		return "997";
	}

	@Override
	public @Nullable PartnerDocument map(X12Transaction transaction, X12Fields fields) {
		List<Segment> body = transaction.body();
		if (body.isEmpty() || !body.get(0).is("AK1")) {
			fields.issues().segment("AK1", 2, "3", "AK1 is required right after ST");
			return null;
		}
		String functionalId = fields.text(body.get(0), 1, "479", true);
		String groupControl = fields.text(body.get(0), 2, "28", true);
		List<TransactionResult> results = new ArrayList<>();
		Segment ak2 = null;
		String groupStatus = null;
		for (Segment segment : body) {
			switch (segment.tag()) {
				case "AK2" -> {
					missingAk5(ak2, fields);
					ak2 = segment;
				}
				case "AK5" -> {
					String status = fields.code(segment, 1, "717", TRANSACTION_RESULTS);
					if (ak2 != null && status != null) {
						results.add(new TransactionResult(ak2.value(1).strip(), ak2.value(2).strip(), status));
					}
					ak2 = null;
				}
				case "AK9" -> {
					missingAk5(ak2, fields);
					ak2 = null;
					groupStatus = fields.code(segment, 1, "715", GROUP_RESULTS);
				}
				default -> {
					// AK3 and AK4 detail the partner's findings
				}
			}
		}
		if (body.stream().noneMatch(segment -> segment.is("AK9"))) {
			fields.issues().segment("AK9", body.size() + 2, "3", "AK9 is required before SE");
		}
		return functionalId == null || groupControl == null || groupStatus == null ? null
				: new ReceivedFunctionalAck(transaction.controlNumber(), functionalId, groupControl, groupStatus,
						results);
	}

	private static void missingAk5(@Nullable Segment ak2, X12Fields fields) {
		if (ak2 != null) {
			fields.issues().segment("AK5", ak2.position(), "3",
					"AK2 for transaction " + ak2.value(2) + " has no AK5");
		}
	}
}
