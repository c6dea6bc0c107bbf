package org.distributionhub.platform.problems;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;

import tools.jackson.databind.DatabindException;

/**
 * Builds the hub's problems: a title, a detail, a type URI made from the title, and for bad requests the
 * {@code errors} list of {@code {path, message}} naming each field at fault.
 */
public final class ApiProblems {

	/** The base of every problem type URI. */
	public static final String TYPE_BASE = "https://distributionhub.org/problems/";

	private ApiProblems() {
	}

	public static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create(TYPE_BASE + title.toLowerCase(Locale.ROOT).replace(' ', '-')));
		return problem;
	}

	/** One field at fault. */
	public static Map<String, String> error(String path, String message) {
		return Map.of("path", path, "message", message);
	}

	/** A 400 naming every field bean validation refused. */
	public static ProblemDetail invalid(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> error(FieldPaths.ofField(error.getField()),
					error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				errors.size() + " field(s) are invalid");
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A 400 for a body that is not JSON of the expected shape, naming where reading stopped. */
	public static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String path = FieldPaths.BODY;
		String message = "The body is not valid JSON of the expected shape";
		if (ex.getCause() instanceof DatabindException databind) {
			path = FieldPaths.of(databind.getPath());
			message = databind.getOriginalMessage();
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request", message);
		problem.setProperty("errors", List.of(error(path, message)));
		return problem;
	}

	/** The problem as an {@code application/problem+json} response with its status. */
	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
