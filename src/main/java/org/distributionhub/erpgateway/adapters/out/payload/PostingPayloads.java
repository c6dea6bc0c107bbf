package org.distributionhub.erpgateway.adapters.out.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.distributionhub.erpgateway.ports.out.ErpCallFailed;
import org.distributionhub.erpgateway.domain.Posting;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a posting's payload for its type. A payload that lacks what the type needs cannot succeed however often it
 * is sent: it ends the call as a permanent failure (cause payload) naming the field, for example lines[1].sku.
 */
public final class PostingPayloads {

	private final JsonMapper json;

	public PostingPayloads(JsonMapper json) {
		this.json = json;
	}

	public AcknowledgementUpdate acknowledgementUpdate(Posting posting) {
		var root = read(posting);
		return new AcknowledgementUpdate(text(root, "poNumber"), root.path("acknowledged").asBoolean(true),
				lines(root, (line, at) -> new AcknowledgementUpdate.Line(optionalText(line, "lineNumber"),
						optionalText(line, "sku"), optionalDecimal(line, "quantity", at),
						optionalDate(line, "date", at), optionalDecimal(line, "unitPrice", at))));
	}

	public GoodsMovement goodsReceipt(Posting posting) {
		return movement(posting, "poNumber");
	}

	public GoodsMovement shipment(Posting posting) {
		return movement(posting, "orderNumber");
	}

	public CustomerInvoice customerInvoice(Posting posting) {
		var root = read(posting);
		return new CustomerInvoice(text(root, "orderNumber"), text(root, "customer"),
				optionalDate(root, "invoiceDate", ""), optionalText(root, "currency"),
				lines(root, (line, at) -> new CustomerInvoice.Line(text(line, "sku", at),
						decimal(line, "quantity", at), optionalDecimal(line, "unitPrice", at))));
	}

	private GoodsMovement movement(Posting posting, String documentField) {
		var root = read(posting);
		String remainder = optionalText(root, "remainder");
		if (remainder != null && !remainder.equals("backorder") && !remainder.equals("cancel")) {
			throw invalid("remainder must be backorder or cancel, was '" + remainder + "'");
		}
		return new GoodsMovement(text(root, documentField), remainder, lines(root, (line, at) -> {
			var movement = new GoodsMovement.Line(optionalText(line, "lineNumber"), optionalText(line, "sku"),
					decimal(line, "quantity", at));
			if (movement.lineNumber() == null && movement.sku() == null) {
				throw invalid(at + " needs a lineNumber or a sku");
			}
			return movement;
		}));
	}

	private JsonNode read(Posting posting) {
		try {
			var root = json.readTree(posting.payload());
			if (!root.isObject()) {
				throw invalid("a " + posting.type() + " payload is a JSON object");
			}
			return root;
		}
		catch (JacksonException e) {
			throw invalid("not JSON: " + e.getOriginalMessage());
		}
	}

	private static <T> List<T> lines(JsonNode root, BiFunction<JsonNode, String, T> line) {
		var lines = root.path("lines");
		if (!lines.isArray() || lines.isEmpty()) {
			throw invalid("lines are missing");
		}
		var read = new ArrayList<T>();
		for (int i = 0; i < lines.size(); i++) {
			read.add(line.apply(lines.get(i), "lines[" + i + "]"));
		}
		return read;
	}

	private static String text(JsonNode node, String field) {
		return text(node, field, "");
	}

	private static String text(JsonNode node, String field, String at) {
		String value = optionalText(node, field);
		if (value == null) {
			throw invalid(path(at, field) + " is missing");
		}
		return value;
	}

	private static @Nullable String optionalText(JsonNode node, String field) {
		var value = node.path(field);
		return value.isValueNode() && !value.isNull() && !value.asString().isBlank() ? value.asString().strip() : null;
	}

	private static BigDecimal decimal(JsonNode node, String field, String at) {
		var value = optionalDecimal(node, field, at);
		if (value == null) {
			throw invalid(path(at, field) + " is missing");
		}
		return value;
	}

	private static @Nullable BigDecimal optionalDecimal(JsonNode node, String field, String at) {
		String text = optionalText(node, field);
		try {
			return text == null ? null : new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			throw invalid(path(at, field) + " is not a number: '" + text + "'");
		}
	}

	private static @Nullable LocalDate optionalDate(JsonNode node, String field, String at) {
		String text = optionalText(node, field);
		try {
			return text == null ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw invalid(path(at, field) + " is not a date (yyyy-mm-dd): '" + text + "'");
		}
	}

	private static String path(String at, String field) {
		return at.isEmpty() ? field : at + "." + field;
	}

	private static ErpCallFailed invalid(String problem) {
		return ErpCallFailed.permanent("Posting payload: " + problem, "payload");
	}
}
