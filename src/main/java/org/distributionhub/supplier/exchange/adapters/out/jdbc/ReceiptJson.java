package org.distributionhub.supplier.exchange.adapters.out.jdbc;

import java.util.List;

import org.distributionhub.supplier.api.MessageReceipt.DocumentOutcome;
import org.distributionhub.supplier.api.MessageReceipt.Problem;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A received message's problems and document outcomes as stored beside it: JSON arrays of objects with the records'
 * fields in their order, enums by name, nulls written, as the hub has always stored them.
 */
final class ReceiptJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() {
	};

	private static final TypeReference<List<DocumentOutcome>> DOCUMENTS = new TypeReference<>() {
	};

	private ReceiptJson() {
	}

	static String problems(List<Problem> problems) {
		return JSON.writeValueAsString(problems);
	}

	static String documents(List<DocumentOutcome> documents) {
		return JSON.writeValueAsString(documents);
	}

	/** A text as a JSON string literal, the way the documents hold it. */
	static String string(String text) {
		return JSON.writeValueAsString(text);
	}

	static List<Problem> problems(String text) {
		return JSON.readValue(text, PROBLEMS);
	}

	static List<DocumentOutcome> documents(String text) {
		return JSON.readValue(text, DOCUMENTS);
	}
}
