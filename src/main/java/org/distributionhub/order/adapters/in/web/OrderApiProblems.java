package org.distributionhub.order.adapters.in.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.distributionhub.order.ports.in.OrderConflict;
import org.distributionhub.order.ports.in.OrderNotFound;
import org.distributionhub.order.ports.in.OrderRejected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for the order API: a refused request is a 400 whose {@code errors} name each field by its
 * path ({@code lines[0].quantity}), an unknown order a 404, a request the order's state refuses a 409.
 */
@RestControllerAdvice(basePackageClasses = OrderApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OrderApiProblems {

	@ExceptionHandler
	ProblemDetail invalid(MethodArgumentNotValidException e) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : e.getBindingResult().getFieldErrors()) {
			errors.add(error(error.getField(), String.valueOf(error.getDefaultMessage())));
		}
		e.getBindingResult().getGlobalErrors()
			.forEach(error -> errors.add(error("", String.valueOf(error.getDefaultMessage()))));
		errors.sort((a, b) -> a.get("path").compareTo(b.get("path")));
		return invalid(errors);
	}

	@ExceptionHandler
	ProblemDetail rejected(OrderRejected e) {
		return invalid(e.problems().stream().map(it -> error(it.path(), it.message())).toList());
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof JacksonException jackson) {
			String original = jackson.getOriginalMessage();
			String message = original == null ? "is not readable" : original.lines().findFirst().orElse(original);
			return invalid(List.of(error(path(jackson), message)));
		}
		return invalid(List.of(error("", "The request body is missing or is not JSON")));
	}

	@ExceptionHandler
	ProblemDetail notFound(OrderNotFound e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("Order not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(OrderConflict e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("Order conflict");
		return problem;
	}

	private static ProblemDetail invalid(List<Map<String, String>> errors) {
		String detail = errors.isEmpty() ? "The order is invalid"
				: errors.get(0).get("path") + ": " + errors.get(0).get("message")
						+ (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid order");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Map<String, String> error(String path, String message) {
		return Map.of("path", path, "message", message);
	}

	/** The JSON path of the field the reader stopped at, such as lines[0].quantity. */
	private static String path(JacksonException e) {
		var path = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
