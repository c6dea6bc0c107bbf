package org.distributionhub.inventory.adapters.out.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.inventory.domain.WarehouseEventType;
import org.distributionhub.inventory.ports.out.WarehouseEventLog.Content;
import org.distributionhub.inventory.ports.out.WarehouseEventLog.Line;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A logged warehouse message as stored: one JSON text with the fields in a fixed order, and its SHA-256, which tells
 * the same message sent again from one that reuses an event id.
 */
final class WarehouseEventJson {

	private static final JsonMapper JSON = JsonMapper.shared();

	private WarehouseEventJson() {
	}

	static String write(Content content) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("eventId", content.eventId());
		fields.put("type", content.type().name());
		fields.put("warehouse", content.warehouse());
		fields.put("occurredAt", content.occurredAt() == null ? null : content.occurredAt().toString());
		fields.put("orderId", content.orderId());
		fields.put("shipmentId", content.shipmentId());
		fields.put("poNumber", content.poNumber());
		fields.put("reason", content.reason());
		fields.put("carrier", content.carrier());
		fields.put("trackingNumber", content.trackingNumber());
		var lines = new ArrayList<Map<String, @Nullable Object>>();
		for (Line line : content.lines()) {
			Map<String, @Nullable Object> fieldsOfLine = new LinkedHashMap<>();
			fieldsOfLine.put("lineNumber", line.lineNumber());
			fieldsOfLine.put("poLineNumber", line.poLineNumber());
			fieldsOfLine.put("sku", line.sku());
			fieldsOfLine.put("quantity", line.quantity() == null ? null : line.quantity().toPlainString());
			fieldsOfLine.put("unit", line.unit());
			lines.add(fieldsOfLine);
		}
		fields.put("lines", lines);
		return JSON.writeValueAsString(fields);
	}

	static Content read(String json) {
		JsonNode node = JSON.readTree(json);
		List<Line> lines = new ArrayList<>();
		for (JsonNode line : node.path("lines")) {
			String quantity = text(line, "quantity");
			lines.add(new Line(line.path("lineNumber").isNumber() ? line.path("lineNumber").intValue() : null,
					text(line, "poLineNumber"), text(line, "sku"), quantity == null ? null : new BigDecimal(quantity),
					text(line, "unit")));
		}
		String occurredAt = text(node, "occurredAt");
		return new Content(String.valueOf(text(node, "eventId")),
				WarehouseEventType.valueOf(String.valueOf(text(node, "type"))),
				String.valueOf(text(node, "warehouse")), occurredAt == null ? null : Instant.parse(occurredAt),
				text(node, "orderId"), text(node, "shipmentId"), text(node, "poNumber"), text(node, "reason"),
				text(node, "carrier"), text(node, "trackingNumber"), lines);
	}

	static String hash(String json) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}
}
