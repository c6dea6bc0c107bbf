package org.distributionhub.supplier.exchange.api;

import java.util.List;

/**
 * A functional acknowledgement a partner sent for one of our groups (X12 997 AK1/AK9, EDIFACT CONTRL): the group's
 * functional id (PO for 850s) and control number, the group result (A, E, P, R) and each transaction's result.
 */
public record ReceivedFunctionalAck(String documentId, String functionalId, String groupControlNumber,
		String groupStatus, List<TransactionResult> transactions) implements PartnerDocument {

	public ReceivedFunctionalAck {
		transactions = List.copyOf(transactions);
	}

	/** AK2/AK5: a transaction set id and control number and its result code (A, E, R). */
	public record TransactionResult(String setId, String controlNumber, String status) {
	}
}
