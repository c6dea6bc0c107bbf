package org.distributionhub.supplier.partners.adapters.in.files;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says what a JSON or YAML reader refused, in the document's own terms: the field path and what was expected. */
public final class JacksonProblems {

	private JacksonProblems() {
	}

	/** The path of the field at fault, such as ediIdentity.qualifier or inboundChannels[1]; empty for the document. */
	public static String field(JacksonException e) {
		var path = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	public static String message(JacksonException e) {
		if (e instanceof UnrecognizedPropertyException unknown) {
			return "Unknown field '" + unknown.getPropertyName() + "'; known fields: " + names(unknown.getKnownPropertyIds());
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
		return "a " + type.getSimpleName();
	}

	private static String names(Collection<Object> known) {
		return known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
	}
}
