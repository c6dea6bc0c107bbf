package org.distributionhub.supplier.partners.adapters.in.web;

import org.distributionhub.platform.problems.FieldPaths;
import org.distributionhub.platform.problems.JsonMistakes;
import org.distributionhub.platform.problems.TextValues;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an admin request body into its record, refusing unknown fields (a misspelt field would otherwise be
 * dropped without a word) and control characters in text, and naming the path of whatever does not fit.
 */
final class StrictJson {

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.addModule(TextValues.module())
		.build();

	private StrictJson() {
	}

	static <T> T read(@Nullable JsonNode body, Class<T> type) {
		if (body == null || !body.isObject()) {
			throw new SupplierDataRejected(FieldPaths.BODY, "The body must be a JSON object");
		}
		try {
			return STRICT.treeToValue(body, type);
		}
		catch (JacksonException e) {
			throw new SupplierDataRejected(FieldPaths.of(e), JsonMistakes.message(e));
		}
	}
}
