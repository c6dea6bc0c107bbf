package org.distributionhub.platform.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Narrows the admin audit trail: the actor and the action as named, a time range (from inclusive, to exclusive) and
 * text found in the reason or the target, ignoring case. Every criterion is optional; they combine with AND.
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable Instant from,
		@Nullable Instant to, @Nullable String text) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

	public AuditFilter {
		actor = blankToNull(actor);
		action = blankToNull(action);
		text = blankToNull(text);
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("The time range starts after it ends");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
