package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.distributionhub.supplier.api.DocumentKind;
import org.distributionhub.supplier.api.DocumentResult;
import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageReceipt.Problem;
import org.junit.jupiter.api.Test;

/** Problems and document outcomes are stored as the hub has always stored them, and read back as they were. */
class ReceiptJsonTest {

	static final String DOCUMENTS = "[{\"documentId\":\"0001\",\"kind\":\"ACKNOWLEDGEMENT\",\"poNumber\":\"PO-1\","
			+ "\"result\":\"APPLIED\",\"explanation\":\"1 line(s) changed\"},{\"documentId\":\"0002\","
			+ "\"kind\":\"FUNCTIONAL_ACK\",\"poNumber\":null,\"result\":\"NO_CHANGE\",\"explanation\":\"nothing\"}]";

	static final String PROBLEMS = "[{\"path\":\"segment 4 (BAK), element 2\",\"message\":\"AX is unknown\"}]";

	@Test
	void documentOutcomesAreWrittenInTheStoredShapeAndReadBack() {
		var documents = List.of(
				new DocumentOutcome("0001", DocumentKind.ACKNOWLEDGEMENT, "PO-1", DocumentResult.APPLIED,
						"1 line(s) changed"),
				new DocumentOutcome("0002", DocumentKind.FUNCTIONAL_ACK, null, DocumentResult.NO_CHANGE, "nothing"));

		assertThat(ReceiptJson.documents(documents)).isEqualTo(DOCUMENTS);
		assertThat(ReceiptJson.documents(DOCUMENTS)).isEqualTo(documents);
	}

	@Test
	void problemsAreWrittenInTheStoredShapeAndReadBack() {
		var problems = List.of(new Problem("segment 4 (BAK), element 2", "AX is unknown"));

		assertThat(ReceiptJson.problems(problems)).isEqualTo(PROBLEMS);
		assertThat(ReceiptJson.problems(PROBLEMS)).isEqualTo(problems);
		assertThat(ReceiptJson.problems(List.of())).isEqualTo("[]");
	}
}
