package org.distributionhub.supplier.adapters.in.web;

import java.util.List;

import tools.jackson.databind.DatabindException;

/** Writes a Jackson reference path as a JSON path such as {@code $.lines[2].quantity}. */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(List<DatabindException.Reference> path) {
		StringBuilder out = new StringBuilder("$");
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
}
