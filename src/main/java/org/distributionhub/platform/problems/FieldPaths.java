package org.distributionhub.platform.problems;

import java.util.ArrayDeque;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;

/**
 * Names a field of a request body as a JSON path rooted at the body: {@code $} itself, {@code $.lines[2].quantity}.
 * A query, path or header parameter is named by its own name, without the root.
 */
public final class FieldPaths {

	/** The whole body. */
	public static final String BODY = "$";

	/** How Jackson begins the message of a key given twice in one object. */
	private static final String DUPLICATE = "Duplicate Object property \"";

	private FieldPaths() {
	}

	/** The path a JSON or YAML reader was at when it stopped; a key given twice is named by its own path. */
	public static String of(JacksonException e) {
		if (e.getPath().isEmpty() && e instanceof StreamReadException read && read.processor() != null) {
			String duplicate = duplicateKey(e.getOriginalMessage());
			if (duplicate != null) {
				return pathOf(read.processor().streamReadContext()) + "." + duplicate;
			}
		}
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

	private static @Nullable String duplicateKey(@Nullable String message) {
		if (message == null || !message.startsWith(DUPLICATE)) {
			return null;
		}
		int end = message.indexOf('"', DUPLICATE.length());
		return end < 0 ? null : message.substring(DUPLICATE.length(), end);
	}

	/** The path of the object or array the reader is in. */
	private static String pathOf(@Nullable TokenStreamContext context) {
		var segments = new ArrayDeque<String>();
		for (TokenStreamContext at = context; at != null && at.getParent() != null; at = at.getParent()) {
			TokenStreamContext parent = at.getParent();
			if (parent.inRoot()) {
				break;
			}
			segments.push(parent.inArray() ? "[" + parent.getCurrentIndex() + "]" : "." + parent.currentName());
		}
		return BODY + String.join("", segments);
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
