package org.distributionhub.platform.adapters.in.web;

import java.io.IOException;

import org.distributionhub.platform.problems.ApiProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A body sent without its length (chunked) ran past hub.api.max-body-size while it was read: the reader stops
 * there, and the request is answered 413 like one whose declared length is too large.
 */
final class BodyTooLarge extends IOException {

	private final long maxBytes;

	BodyTooLarge(long maxBytes) {
		super("The body is larger than " + maxBytes + " bytes (hub.api.max-body-size, or the API's own in hub.api.body-limits)");
		this.maxBytes = maxBytes;
	}

	/** The 413 problem for a body larger than the limit. */
	static ProblemDetail problem(long maxBytes) {
		return ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large",
				"The body is larger than " + maxBytes + " bytes (hub.api.max-body-size, or the API's own in hub.api.body-limits)");
	}

	ProblemDetail problem() {
		return problem(maxBytes);
	}

	/** The BodyTooLarge among the causes of a failure (a reader wraps it), or null. */
	static @Nullable BodyTooLarge in(@Nullable Throwable failure) {
		for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
			if (at instanceof BodyTooLarge tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}
}
