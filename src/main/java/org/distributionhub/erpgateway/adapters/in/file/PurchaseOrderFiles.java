package org.distributionhub.erpgateway.adapters.in.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.Line;
import org.distributionhub.erpgateway.ports.in.TakeInPurchaseOrder.ReleasedPurchaseOrderCommand;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one purchase order file: {"poNumber", "supplierId", "orderDate", "shipTo", "currency", "lines": [{"lineNumber",
 * "sku", "quantity", "unit", "unitPrice", "requestedDate"}]}. A file that is not such JSON is refused with the field
 * path that is wrong.
 */
final class PurchaseOrderFiles {

	private final JsonMapper json;

	PurchaseOrderFiles(JsonMapper json) {
		this.json = json;
	}

	/** Thrown for a file that cannot be read as a purchase order. */
	static final class Unreadable extends RuntimeException {

		Unreadable(String reason) {
			super(reason, null, false, false);
		}
	}

	ReleasedPurchaseOrderCommand read(String content) {
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException e) {
			throw new Unreadable("not JSON: " + e.getOriginalMessage());
		}
		if (!root.isObject()) {
			throw new Unreadable("a purchase order file holds one JSON object");
		}
		var lines = new ArrayList<Line>();
		var given = root.path("lines");
		if (!given.isArray() || given.isEmpty()) {
			throw new Unreadable("lines are missing");
		}
		for (int i = 0; i < given.size(); i++) {
			var line = given.get(i);
			String at = "lines[" + i + "]";
			lines.add(new Line(text(line, "lineNumber") == null ? String.valueOf(i + 1) : text(line, "lineNumber"),
					required(line, "sku", at), decimal(line, "quantity", at), text(line, "unit"),
					decimal(line, "unitPrice", at), date(line, "requestedDate", at)));
		}
		return new ReleasedPurchaseOrderCommand("file", required(root, "poNumber", ""),
				required(root, "supplierId", ""), null, null, date(root, "orderDate", ""), text(root, "shipTo"),
				text(root, "currency"), lines);
	}

	private static String required(JsonNode node, String field, String at) {
		String value = text(node, field);
		if (value == null) {
			throw new Unreadable((at.isEmpty() ? "" : at + ".") + field + " is missing");
		}
		return value;
	}

	private static @Nullable String text(JsonNode node, String field) {
		var value = node.path(field);
		return value.isValueNode() && !value.isNull() && !value.asString().isBlank() ? value.asString().strip() : null;
	}

	private static @Nullable BigDecimal decimal(JsonNode node, String field, String at) {
		String value = text(node, field);
		try {
			return value == null ? null : new BigDecimal(value);
		}
		catch (NumberFormatException e) {
			throw new Unreadable(at + "." + field + " is not a number: '" + value + "'");
		}
	}

	private static @Nullable LocalDate date(JsonNode node, String field, String at) {
		String value = text(node, field);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new Unreadable((at.isEmpty() ? "" : at + ".") + field + " is not a date (yyyy-mm-dd): '" + value + "'");
		}
	}
}
