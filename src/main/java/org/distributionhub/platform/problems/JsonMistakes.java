package org.distributionhub.platform.problems;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says in a sender's terms what a JSON or YAML reader refused: an unknown field, or what was expected instead. */
public final class JsonMistakes {

	private JsonMistakes() {
	}

	public static String message(JacksonException e) {
		if (e instanceof UnrecognizedPropertyException unknown) {
			return "Unknown field '" + unknown.getPropertyName() + "'; known fields: "
					+ names(unknown.getKnownPropertyIds());
		}
		if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "Expected " + expected(mismatch.getTargetType());
		}
		String original = e.getOriginalMessage();
		return original == null ? "Not readable" : original.lines().findFirst().orElse(original);
	}

	/** Where in the document the reader stopped (line 5, column 3), or nothing when it had no location. */
	public static String where(JacksonException e) {
		var location = e.getLocation();
		return location == null || location.getLineNr() < 1 ? ""
				: "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
	}

	private static String expected(Class<?> type) {
		if (type == String.class) {
			return "a single text value";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object with fields";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (type == LocalDate.class) {
			return "a date such as 2026-12-04";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "a date and time such as 2026-12-04T09:30:00Z";
		}
		return "a " + type.getSimpleName();
	}

	private static String names(Collection<Object> known) {
		return known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
	}
}
