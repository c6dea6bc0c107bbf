package org.distributionhub.erpgateway.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What every payload needs: its document named, and lines. */
final class PayloadRules {

	private PayloadRules() {
	}

	static void requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is missing");
		}
	}

	static <T> List<T> requireLines(List<T> lines) {
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("lines are missing");
		}
		return List.copyOf(lines);
	}
}
