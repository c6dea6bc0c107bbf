package org.distributionhub.inventory.adapters.in.web;

import java.util.List;
import java.util.Map;

import org.distributionhub.inventory.ports.in.FieldProblem;
import org.distributionhub.inventory.ports.in.InventoryFeedRejected;
import org.distributionhub.inventory.ports.in.WarehouseEventConflict;
import org.distributionhub.inventory.ports.in.WarehouseEventInvalid;
import org.distributionhub.inventory.ports.in.WarehouseEventRejected;
import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.platform.problems.FieldPaths;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The warehouse channel's and the inventory feeds' own refusals in the hub's problem contract (ADR 0012): values
 * invalid on their own are a 400 naming each path ({@code $.lines[0].quantity}), an event that names what is not
 * known or breaks a rule a 422, a reused event id with other content a 409, a feed over the size limit a 413.
 */
@RestControllerAdvice(assignableTypes = { WarehouseEventController.class, InventoryFeedController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class WarehouseApiProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(WarehouseEventInvalid ex) {
		return ApiProblems.response(ApiProblems.invalid(errors(ex.problems())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(WarehouseEventRejected ex) {
		return ApiProblems.response(ApiProblems.withErrors(HttpStatus.UNPROCESSABLE_CONTENT, "Event refused",
				errors(ex.problems())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(WarehouseEventConflict ex) {
		var problem = ApiProblems.problem(HttpStatus.CONFLICT, "Event id already used", ex.getMessage());
		problem.setProperty("eventId", ex.eventId());
		return ApiProblems.response(problem);
	}

	/** A feed's mode or warehouse, which may come as a parameter or in the JSON body, is named by its name. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> feedRejected(InventoryFeedRejected ex) {
		return ApiProblems.response(ApiProblems.withErrors(HttpStatus.UNPROCESSABLE_CONTENT, "Feed refused",
				List.of(ApiProblems.error(ex.field(), ex.getMessage()))));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> feedNotReadable(InventoryFeedController.FeedNotReadable ex) {
		return ApiProblems.response(ApiProblems.withErrors(HttpStatus.BAD_REQUEST,
				ex.path().equals(FieldPaths.BODY) ? ApiProblems.UNREADABLE : ApiProblems.INVALID,
				List.of(ApiProblems.error(ex.path(), ex.getMessage()))));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(InventoryFeedController.FeedTooLarge ex) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "Feed too large",
				ex.getMessage()));
	}

	private static List<Map<String, String>> errors(List<FieldProblem> problems) {
		return problems.stream().map(it -> ApiProblems.error(FieldPaths.ofField(it.path()), it.message())).toList();
	}
}
