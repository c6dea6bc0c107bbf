package org.distributionhub.supplier.exchange.adapters.in.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells an invoice from an acknowledgement the way the readers do, so that each endpoint takes only its own kind: a
 * JSON object with {@code invoiceNumber} or {@code lines} is an invoice, a CSV whose header names invoice_number is
 * an invoice file. What cannot be parsed is left to the reader, which says what is wrong with it.
 */
final class DocumentShapes {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DocumentShapes() {
	}

	/** True or false when the body is a JSON object, null when it is not one. */
	static @Nullable Boolean jsonInvoice(byte[] body) {
		try {
			JsonNode tree = JSON.readTree(body);
			return tree != null && tree.isObject() ? tree.has("invoiceNumber") || tree.has("lines") : null;
		}
		catch (JacksonException unreadable) {
			return null;
		}
	}

	static boolean csvInvoice(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
		String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
		return header.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_").contains("invoice_number");
	}
}
