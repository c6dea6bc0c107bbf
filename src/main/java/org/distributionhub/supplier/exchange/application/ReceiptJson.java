package org.distributionhub.supplier.exchange.application;

import java.util.List;

import org.distributionhub.supplier.api.MessageReceipt;
import org.distributionhub.supplier.exchange.ports.out.StoredMessage;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps a receipt's problems and document outcomes as JSON text beside the stored message, and reads it back. */
@Component
class ReceiptJson {

	private final JsonMapper json = JsonMapper.builder().build();

	String problems(List<MessageReceipt.Problem> problems) {
		return json.writeValueAsString(problems);
	}

	String documents(List<MessageReceipt.DocumentOutcome> documents) {
		return json.writeValueAsString(documents);
	}

	List<MessageReceipt.Problem> problems(String text) {
		return json.readValue(text, new TypeReference<List<MessageReceipt.Problem>>() {
		});
	}

	List<MessageReceipt.DocumentOutcome> documents(String text) {
		return json.readValue(text, new TypeReference<List<MessageReceipt.DocumentOutcome>>() {
		});
	}

	MessageReceipt receipt(StoredMessage stored, boolean replayed, boolean conflict) {
		return new MessageReceipt(stored.id(), stored.supplierId(), stored.channel(), stored.receivedAt(),
				stored.status(), stored.summary(), problems(stored.problems()), documents(stored.documents()),
				stored.functionalAckId(), replayed, conflict);
	}
}
