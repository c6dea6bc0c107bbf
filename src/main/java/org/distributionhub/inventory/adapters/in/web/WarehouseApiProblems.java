package org.distributionhub.inventory.adapters.in.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.distributionhub.inventory.ports.in.FieldProblem;
import org.distributionhub.inventory.ports.in.InventoryFeedRejected;
import org.distributionhub.inventory.ports.in.WarehouseEventConflict;
import org.distributionhub.inventory.ports.in.WarehouseEventRejected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.databind.DatabindException;

/**
 * RFC 9457 problems for the warehouse channel and the inventory feeds: a message that breaks a rule or names what is
 * not known is a 422 whose {@code errors} give each field's JSON path (such as {@code lines[0].quantity}) and what is
 * wrong; a reused event id with other content a 409; malformed JSON a 400; a feed over the size limit a 413.
 */
@RestControllerAdvice(assignableTypes = { WarehouseEventController.class, InventoryFeedController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class WarehouseApiProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		return invalid(ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(it -> new FieldProblem(it.getField(),
					it.getDefaultMessage() == null ? "is invalid" : it.getDefaultMessage()))
			.toList());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(WarehouseEventRejected ex) {
		return invalid(ex.problems());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(WarehouseEventConflict ex) {
		var problem = problem(HttpStatus.CONFLICT, "Event id already used", ex.getMessage());
		problem.setProperty("eventId", ex.eventId());
		return answer(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> feedRejected(InventoryFeedRejected ex) {
		return invalid(List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> feedNotReadable(InventoryFeedController.FeedNotReadable ex) {
		return invalid(List.of(new FieldProblem(ex.path(), ex.getMessage())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(InventoryFeedController.FeedTooLarge ex) {
		return answer(problem(HttpStatus.CONTENT_TOO_LARGE, "Feed too large", ex.getMessage()));
	}

	/** A value of the wrong type (a text where a number belongs) is a 422 at its path; broken JSON a 400. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			return invalid(List.of(new FieldProblem(path(databind), "is not a valid value: "
					+ databind.getOriginalMessage().lines().findFirst().orElse(""))));
		}
		var problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request", "The body is not valid JSON");
		problem.setProperty("errors", List.of(Map.of("path", "", "message", "The body is not valid JSON")));
		return answer(problem);
	}

	private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems) {
		var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid message", problems.size() == 1
				? describe(problems.get(0)) : problems.size() + " fields are invalid");
		problem.setProperty("errors",
				problems.stream().map(it -> Map.of("path", it.path(), "message", it.message())).toList());
		return answer(problem);
	}

	private static String describe(FieldProblem problem) {
		return problem.path().isEmpty() ? problem.message() : problem.path() + ": " + problem.message();
	}

	private static String path(DatabindException databind) {
		var path = new StringBuilder();
		for (var reference : databind.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://distributionhub.org/problems/"
				+ title.toLowerCase(Locale.ROOT).replace(' ', '-')));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
