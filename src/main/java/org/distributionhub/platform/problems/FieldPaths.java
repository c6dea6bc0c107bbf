package org.distributionhub.platform.problems;

import tools.jackson.core.JacksonException;

/**
 * Names a field of a request body as a JSON path rooted at the body: {@code $} itself, {@code $.lines[2].quantity}.
 * A query, path or header parameter is named by its own name, without the root.
 */
public final class FieldPaths {

	/** The whole body. */
	public static final String BODY = "$";

	private FieldPaths() {
	}

	/** The path a JSON or YAML reader was at when it stopped. */
	public static String of(JacksonException e) {
		StringBuilder out = new StringBuilder(BODY);
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				out.append('.').append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				out.append('[').append(reference.getIndex()).append(']');
			}
		}
		return out.toString();
	}

	/** A field named relative to the body ({@code lines[0].quantity}, empty for the body) as a path. */
	public static String ofField(String field) {
		if (field.startsWith(BODY)) {
			return field;
		}
		return field.isEmpty() ? BODY : BODY + "." + field;
	}

	/** A path without its root, as a document's own report names a field ({@code ediIdentity.qualifier}). */
	public static String relative(String path) {
		if (path.startsWith(BODY + ".")) {
			return path.substring(BODY.length() + 1);
		}
		return path.startsWith(BODY) ? path.substring(BODY.length()) : path;
	}
}
