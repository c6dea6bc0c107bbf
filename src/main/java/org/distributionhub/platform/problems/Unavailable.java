package org.distributionhub.platform.problems;

import java.io.IOException;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The hub's one 503: a problem saying the request was not taken now, with Retry-After in whole seconds; the client
 * sends the same request again after it (with the same Idempotency-Key where the API takes one).
 */
public final class Unavailable {

	private Unavailable() {
	}

	public static ProblemDetail problem(String title, String detail) {
		return ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, title, detail);
	}

	/** Retry-After's value: whole seconds, at least one. */
	public static String retryAfter(Duration wait) {
		return String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000));
	}

	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem, Duration retryAfter) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, retryAfter(retryAfter))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** Writes the 503 from a filter, an interceptor or an exception resolver. */
	public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
			Duration retryAfter) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter(retryAfter));
		ApiProblems.write(request, response, problem);
	}
}
