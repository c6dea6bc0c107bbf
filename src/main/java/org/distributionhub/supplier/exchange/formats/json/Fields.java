package org.distributionhub.supplier.exchange.formats.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One JSON object of a partner document at its path, read field by field: a field that is missing, of the wrong
 * type or out of range becomes a problem naming its path (such as {@code $.items[2].quantity.amount}) and reads as
 * null, so one pass finds every problem. Explicit nulls count as wrong types, as in the published schema.
 */
final class Fields {

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern DATE_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

	private final JsonNode node;

	private final String path;

	private final Problems problems;

	private Fields(JsonNode node, String path, Problems problems) {
		this.node = node;
		this.path = path;
		this.problems = problems;
	}

	/** The object at {@code path}, its unknown fields reported; null (and a problem) if it is no object. */
	static @Nullable Fields of(JsonNode node, String path, Problems problems, List<String> allowed) {
		if (!node.isObject()) {
			problems.add(path, "must be an object, not " + kind(node));
			return null;
		}
		for (String name : node.propertyNames()) {
			if (!allowed.contains(name)) {
				problems.add(child(path, name), "is not a field here; allowed are " + String.join(", ", allowed));
			}
		}
		return new Fields(node, path, problems);
	}

	String path() {
		return path;
	}

	String path(String name) {
		return child(path, name);
	}

	boolean has(String name) {
		return node.has(name);
	}

	Problems problems() {
		return problems;
	}

	/** The raw value, or null with a problem when it is required and missing. */
	@Nullable JsonNode value(String name, boolean required) {
		JsonNode value = node.get(name);
		if (value == null && required) {
			problems.add(path(name), "is required");
		}
		return value;
	}

	@Nullable String string(String name, boolean required, TextRule rule) {
		JsonNode value = value(name, required);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			problems.add(path(name), "must be a string, not " + kind(value));
			return null;
		}
		String text = value.stringValue();
		String wrong = rule.check(text);
		if (wrong != null) {
			problems.add(path(name), wrong);
			return null;
		}
		return text;
	}

	@Nullable String code(String name, boolean required, List<String> codes) {
		String text = string(name, required, TextRule.ANY);
		if (text != null && !codes.contains(text)) {
			problems.add(path(name), "'" + TextRule.clip(text) + "' is not one of " + String.join(", ", codes));
			return null;
		}
		return text;
	}

	/** An RFC 3339 full-date (YYYY-MM-DD) that exists in the calendar. */
	@Nullable LocalDate date(String name, boolean required) {
		String text = string(name, required, TextRule.ANY);
		if (text == null) {
			return null;
		}
		if (!DATE.matcher(text).matches()) {
			problems.add(path(name), "must be a date as YYYY-MM-DD, not '" + TextRule.clip(text) + "'");
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			problems.add(path(name), text + " is not a date in the calendar");
			return null;
		}
	}

	/** An RFC 3339 date-time with seconds and an offset, such as 2026-03-01T09:30:00Z. */
	@Nullable OffsetDateTime dateTime(String name, boolean required) {
		String text = string(name, required, TextRule.ANY);
		if (text == null) {
			return null;
		}
		if (!DATE_TIME.matcher(text).matches()) {
			problems.add(path(name), "must be a date and time such as 2026-03-01T09:30:00Z, not '"
					+ TextRule.clip(text) + "'");
			return null;
		}
		try {
			return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT));
		}
		catch (DateTimeParseException e) {
			problems.add(path(name), text + " is not a date and time in the calendar");
			return null;
		}
	}

	@Nullable BigDecimal number(String name, boolean required, NumberRule rule) {
		JsonNode value = value(name, required);
		if (value == null) {
			return null;
		}
		if (!value.isNumber()) {
			problems.add(path(name), "must be a number, not " + kind(value));
			return null;
		}
		BigDecimal number = value.decimalValue().stripTrailingZeros();
		String wrong = rule.check(number);
		if (wrong != null) {
			problems.add(path(name), wrong);
			return null;
		}
		return number.scale() < 0 ? number.setScale(0) : number;
	}

	@Nullable Fields object(String name, boolean required, List<String> allowed) {
		JsonNode value = value(name, required);
		return value == null ? null : of(value, path(name), problems, allowed);
	}

	/** The objects of an array field with between {@code min} and {@code max} elements; bad elements left out. */
	List<Fields> objects(String name, int min, int max, List<String> allowed) {
		JsonNode value = value(name, min > 0);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			problems.add(path(name), "must be an array, not " + kind(value));
			return List.of();
		}
		if (value.size() < min || value.size() > max) {
			problems.add(path(name), "must have " + min + " to " + max + " elements, not " + value.size());
			if (value.size() > max) {
				return List.of();
			}
		}
		var objects = new ArrayList<Fields>();
		for (int i = 0; i < value.size(); i++) {
			Fields element = of(value.get(i), path(name) + "[" + i + "]", problems, allowed);
			if (element != null) {
				objects.add(element);
			}
		}
		return objects;
	}

	static String kind(JsonNode value) {
		return switch (value.getNodeType()) {
			case STRING -> "a string";
			case NUMBER -> "a number";
			case BOOLEAN -> "a boolean";
			case NULL -> "null";
			case ARRAY -> "an array";
			case OBJECT -> "an object";
			default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
		};
	}

	private static String child(String path, String name) {
		if (PLAIN_NAME.matcher(name).matches()) {
			return path + "." + name;
		}
		return path + "['" + TextRule.clip(name).replace("\\", "\\\\").replace("'", "\\'") + "']";
	}
}
