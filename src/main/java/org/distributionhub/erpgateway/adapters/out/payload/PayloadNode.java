package org.distributionhub.erpgateway.adapters.out.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.distributionhub.erpgateway.adapters.out.payload.PostingPayloadJson.PayloadProblem;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A node of a stored payload with its path ("" for the root, "lines[1]" for a line), so that a missing or malformed
 * value is named as the field it is, for example lines[1].sku. Blank text counts as missing.
 */
record PayloadNode(JsonNode node, String at) {

	<T> List<T> lines(Function<PayloadNode, T> line) {
		var lines = node.path("lines");
		if (!lines.isArray() || lines.isEmpty()) {
			throw new PayloadProblem("lines are missing");
		}
		var read = new ArrayList<T>();
		for (int i = 0; i < lines.size(); i++) {
			read.add(line.apply(new PayloadNode(lines.get(i), "lines[" + i + "]")));
		}
		return read;
	}

	/** The objects of an optional array, each with its path ("charges[0]"); none when the array is absent. */
	<T> List<T> each(String field, Function<PayloadNode, T> item) {
		var read = new ArrayList<T>();
		var items = node.path(field);
		for (int i = 0; i < items.size(); i++) {
			read.add(item.apply(new PayloadNode(items.get(i), path(field) + "[" + i + "]")));
		}
		return read;
	}

	String text(String field) {
		String value = optionalText(field);
		if (value == null) {
			throw new PayloadProblem(path(field) + " is missing");
		}
		return value;
	}

	@Nullable
	String optionalText(String field) {
		var value = node.path(field);
		return value.isValueNode() && !value.isNull() && !value.asString().isBlank() ? value.asString().strip() : null;
	}

	List<String> texts(String field) {
		var values = new ArrayList<String>();
		node.path(field).forEach(value -> {
			if (value.isValueNode() && !value.isNull()) {
				values.add(value.asString());
			}
		});
		return values;
	}

	boolean flag(String field, boolean absent) {
		return node.path(field).asBoolean(absent);
	}

	BigDecimal decimal(String field) {
		var value = optionalDecimal(field);
		if (value == null) {
			throw new PayloadProblem(path(field) + " is missing");
		}
		return value;
	}

	@Nullable
	BigDecimal optionalDecimal(String field) {
		String text = optionalText(field);
		try {
			return text == null ? null : new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			throw new PayloadProblem(path(field) + " is not a number: '" + text + "'");
		}
	}

	@Nullable
	Integer optionalInteger(String field) {
		var value = optionalDecimal(field);
		try {
			return value == null ? null : value.intValueExact();
		}
		catch (ArithmeticException e) {
			throw new PayloadProblem(path(field) + " is not a whole number: '" + value + "'");
		}
	}

	@Nullable
	LocalDate optionalDate(String field) {
		String text = optionalText(field);
		try {
			return text == null ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new PayloadProblem(path(field) + " is not a date (yyyy-mm-dd): '" + text + "'");
		}
	}

	/** An ISO-8601 instant, or seconds since the epoch as older JSON writers put them. */
	@Nullable
	Instant optionalInstant(String field) {
		String text = optionalText(field);
		if (text == null) {
			return null;
		}
		try {
			if (node.path(field).isNumber()) {
				var seconds = new BigDecimal(text);
				return Instant.ofEpochSecond(seconds.longValue(),
						seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
			}
			return Instant.parse(text);
		}
		catch (DateTimeParseException | NumberFormatException e) {
			throw new PayloadProblem(path(field) + " is not an instant (ISO-8601): '" + text + "'");
		}
	}

	private String path(String field) {
		return at.isEmpty() ? field : at + "." + field;
	}
}
