package org.distributionhub.inventory.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.distributionhub.inventory.domain.WarehouseEventType;
import org.distributionhub.inventory.ports.in.FieldProblem;
import org.distributionhub.inventory.ports.in.WarehouseMessage.Line;
import org.distributionhub.inventory.ports.in.WarehouseMessage;
import org.distributionhub.shared.DecimalLimit;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;

/**
 * What a warehouse message must say, whatever channel brought it: the checks that need no stored data, each naming
 * the field's JSON path. Messages are compared and stored in one normal form (trimmed, blank as missing, codes in
 * upper case, EA where no unit is given), so the same event read from JSON or CSV is the same content.
 */
final class WarehouseEventRules {

	static final int MAX_LINES = 1000;
	private static final int MAX_ID = 100;

	private WarehouseEventRules() {
	}

	static WarehouseMessage normalized(WarehouseMessage message) {
		return new WarehouseMessage(text(message.eventId()), upper(message.type()), text(message.warehouse()),
				message.occurredAt(), text(message.orderId()), text(message.shipmentId()), text(message.poNumber()),
				text(message.reason()), text(message.carrier()), text(message.trackingNumber()),
				message.lines().stream().map(WarehouseEventRules::normalized).toList());
	}

	private static Line normalized(Line line) {
		String unit = upper(line.unit());
		return new Line(line.lineNumber(), text(line.poLineNumber()), text(line.sku()),
				line.quantity() == null ? null : plain(line.quantity()),
				unit == null ? UnitOfMeasure.EACH.code() : unit);
	}

	/** The problems of a normalized message; none means the stored data may be consulted and the message applied. */
	static List<FieldProblem> check(WarehouseMessage message) {
		var problems = new ArrayList<FieldProblem>();
		required(problems, "eventId", message.eventId(), MAX_ID);
		WarehouseEventType type = type(problems, message.type());
		required(problems, "warehouse", message.warehouse(), MAX_ID);
		optional(problems, "poNumber", message.poNumber(), MAX_ID);
		optional(problems, "reason", message.reason(), 200);
		optional(problems, "carrier", message.carrier(), MAX_ID);
		optional(problems, "trackingNumber", message.trackingNumber(), MAX_ID);
		if (type != null && type.isAboutAnOrder()) {
			required(problems, "orderId", message.orderId(), MAX_ID);
		}
		if (type == WarehouseEventType.SHIPMENT_DISPATCHED) {
			required(problems, "shipmentId", message.shipmentId(), MAX_ID);
		}
		if (message.lines().isEmpty()) {
			problems.add(new FieldProblem("lines", "must list at least one line"));
		}
		else if (message.lines().size() > MAX_LINES) {
			problems.add(new FieldProblem("lines", "must list at most " + MAX_LINES + " lines; split the event"));
		}
		else if (type != null) {
			checkLines(problems, type, message);
		}
		return problems;
	}

	private static void checkLines(List<FieldProblem> problems, WarehouseEventType type, WarehouseMessage message) {
		var lineNumbers = new HashSet<Integer>();
		for (int i = 0; i < message.lines().size(); i++) {
			Line line = message.lines().get(i);
			String at = "lines[" + i + "].";
			quantity(problems, at + "quantity", type, line.quantity());
			if (line.unit() != null && !line.unit().matches("[A-Z0-9]{2,3}")) {
				problems.add(new FieldProblem(at + "unit", "must be a 2 or 3 character unit code such as EA or CA"));
			}
			if (type.isAboutAnOrder()) {
				if (line.lineNumber() == null || line.lineNumber() < 1) {
					problems.add(new FieldProblem(at + "lineNumber", "must be the order's line number (1 or more)"));
				}
				else if (!lineNumbers.add(line.lineNumber())) {
					problems.add(new FieldProblem(at + "lineNumber", "order line " + line.lineNumber()
							+ " is listed twice; send its whole quantity on one line"));
				}
				optional(problems, at + "sku", line.sku(), 64);
			}
			else {
				required(problems, at + "sku", line.sku(), 64);
			}
			if (line.poLineNumber() != null && type != WarehouseEventType.GOODS_RECEIVED) {
				problems.add(new FieldProblem(at + "poLineNumber", "belongs to GOODS_RECEIVED events only"));
			}
			else if (line.poLineNumber() != null && message.poNumber() == null) {
				problems.add(new FieldProblem(at + "poLineNumber", "needs the poNumber of its purchase order"));
			}
			else {
				optional(problems, at + "poLineNumber", line.poLineNumber(), 50);
			}
		}
	}

	private static void quantity(List<FieldProblem> problems, String path, WarehouseEventType type,
			@Nullable BigDecimal quantity) {
		if (quantity == null) {
			problems.add(new FieldProblem(path, "is required"));
		}
		else if (type.isSignedChange() && quantity.signum() == 0) {
			problems.add(new FieldProblem(path, "must be a change other than zero (negative takes stock off)"));
		}
		else if (!type.isSignedChange() && quantity.signum() <= 0) {
			problems.add(new FieldProblem(path, "must be greater than zero"));
		}
		else if (!DecimalLimit.STOCK_QUANTITY.fits(quantity)) {
			problems.add(new FieldProblem(path, DecimalLimit.STOCK_QUANTITY.problem(quantity)));
		}
	}

	private static @Nullable WarehouseEventType type(List<FieldProblem> problems, @Nullable String type) {
		if (type == null) {
			problems.add(new FieldProblem("type", "is required"));
			return null;
		}
		for (WarehouseEventType known : WarehouseEventType.values()) {
			if (known.name().equals(type)) {
				return known;
			}
		}
		problems.add(new FieldProblem("type", "must be one of PICK_CONFIRMED, SHIPMENT_DISPATCHED, GOODS_RECEIVED, "
				+ "STOCK_ADJUSTED"));
		return null;
	}

	private static void required(List<FieldProblem> problems, String path, @Nullable String value, int max) {
		if (value == null) {
			problems.add(new FieldProblem(path, "is required"));
		}
		else {
			optional(problems, path, value, max);
		}
	}

	private static void optional(List<FieldProblem> problems, String path, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(path, "must have at most " + max + " characters"));
		}
		else if (value != null && value.chars().anyMatch(Character::isISOControl)) {
			problems.add(new FieldProblem(path, "must not contain control characters"));
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable String upper(@Nullable String value) {
		String text = text(value);
		return text == null ? null : text.toUpperCase(Locale.ROOT);
	}

	/** Without trailing zeros and never in exponent form, so 5, 5.0 and 5.00 are the same quantity. */
	static BigDecimal plain(BigDecimal amount) {
		var stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
