package org.distributionhub.platform.problems;

import java.util.List;

import tools.jackson.databind.DatabindException;

/** Names a field of a request body as a JSON path rooted at the body: {@code $} itself, {@code $.lines[2].quantity}. */
public final class FieldPaths {

	/** The whole body. */
	public static final String BODY = "$";

	private FieldPaths() {
	}

	/** The path Jackson was at when reading failed. */
	public static String of(List<DatabindException.Reference> path) {
		StringBuilder out = new StringBuilder(BODY);
		for (DatabindException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				out.append('.').append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				out.append('[').append(reference.getIndex()).append(']');
			}
		}
		return out.toString();
	}

	/** A bean-validation field name ({@code lines[0].quantity}) as a path. */
	public static String ofField(String field) {
		return field.isEmpty() ? BODY : BODY + "." + field;
	}
}
