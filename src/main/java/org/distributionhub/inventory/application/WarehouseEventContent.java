package org.distributionhub.inventory.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.distributionhub.inventory.ports.in.WarehouseMessage;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A normalized warehouse message as stored: one JSON text with the fields in a fixed order, and its SHA-256, which
 * tells the same message sent again from one that reuses an event id.
 */
final class WarehouseEventContent {

	private static final JsonMapper JSON = JsonMapper.shared();

	private WarehouseEventContent() {
	}

	static String json(WarehouseMessage message) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("eventId", message.eventId());
		fields.put("type", message.type());
		fields.put("warehouse", message.warehouse());
		fields.put("occurredAt", message.occurredAt() == null ? null : message.occurredAt().toString());
		fields.put("orderId", message.orderId());
		fields.put("shipmentId", message.shipmentId());
		fields.put("poNumber", message.poNumber());
		fields.put("reason", message.reason());
		fields.put("carrier", message.carrier());
		fields.put("trackingNumber", message.trackingNumber());
		var lines = new ArrayList<Map<String, @Nullable Object>>();
		for (WarehouseMessage.Line line : message.lines()) {
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

	static String hash(String json) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
