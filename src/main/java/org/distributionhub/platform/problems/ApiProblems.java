package org.distributionhub.platform.problems;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the hub's problems (RFC 9457): a title, a detail, a type URI made from the title, and for request mistakes
 * the {@code errors} list of {@code {path, message}} naming each field at fault (ADR 0012).
 */
public final class ApiProblems {

	/** The base of every problem type URI. */
	public static final String TYPE_BASE = "https://distributionhub.org/problems/";

	/** The title of a 400 naming the fields or parameters whose values are invalid. */
	public static final String INVALID = "Invalid request";

	/** The title of a 400 for a body that cannot be read at all. */
	public static final String UNREADABLE = "Unreadable request";

	private static final JsonMapper JSON = JsonMapper.shared();

	private ApiProblems() {
	}

	public static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create(TYPE_BASE + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
		return problem;
	}

	/** A 409: another request changed the same thing at the same moment; the detail says what and to send again. */
	public static ProblemDetail concurrentChange(String detail) {
		return problem(HttpStatus.CONFLICT, "Concurrent change", detail);
	}

	/** One field or parameter at fault. */
	public static Map<String, String> error(String path, String message) {
		return Map.of("path", path, "message", message);
	}

	/** A problem naming every field at fault, its detail the first of them. */
	public static ProblemDetail withErrors(HttpStatus status, String title, List<? extends Map<String, ?>> errors) {
		String detail = errors.isEmpty() ? title
				: where(errors.get(0).get("path")) + errors.get(0).get("message")
						+ (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
		ProblemDetail problem = problem(status, title, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A 400 naming every field or parameter whose value is invalid on its own. */
	public static ProblemDetail invalid(List<? extends Map<String, ?>> errors) {
		return withErrors(HttpStatus.BAD_REQUEST, INVALID, errors);
	}

	/** A 400 naming every field bean validation refused. */
	public static ProblemDetail invalid(MethodArgumentNotValidException ex) {
		var result = ex.getBindingResult();
		var errors = new ArrayList<Map<String, String>>();
		result.getGlobalErrors().forEach(error -> errors.add(error(FieldPaths.BODY, message(error.getDefaultMessage()))));
		result.getFieldErrors().forEach(error -> errors.add(error(FieldPaths.ofField(error.getField()),
				message(error.getDefaultMessage()))));
		return invalid(errors);
	}

	/**
	 * A 400 for a body that could not be read: a value of the wrong type or an unknown field is named by its path;
	 * a body that is missing or not JSON at all is named {@code $}.
	 */
	public static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JacksonException jackson) {
			String path = FieldPaths.of(jackson);
			if (!path.equals(FieldPaths.BODY)) {
				return invalid(List.of(error(path, JsonMistakes.message(jackson))));
			}
			return withErrors(HttpStatus.BAD_REQUEST, UNREADABLE,
					List.of(error(path, JsonMistakes.where(jackson) + JsonMistakes.message(jackson))));
		}
		return withErrors(HttpStatus.BAD_REQUEST, UNREADABLE,
				List.of(error(FieldPaths.BODY, "The body is missing or is not JSON")));
	}

	/** The problem as an {@code application/problem+json} response with its status. */
	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** Writes the problem from a servlet filter, where no controller advice reaches. */
	public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), body(request, problem));
	}

	/** The problem as the JSON a filter writes. */
	public static byte[] json(HttpServletRequest request, ProblemDetail problem) {
		return JSON.writeValueAsBytes(body(request, problem));
	}

	private static Map<String, Object> body(HttpServletRequest request, ProblemDetail problem) {
		var body = new LinkedHashMap<String, Object>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

	private static String where(@Nullable Object path) {
		return path == null || FieldPaths.BODY.equals(path) ? "" : path + ": ";
	}

	private static String message(@Nullable String message) {
		return message == null ? "is invalid" : message;
	}
}
