package org.distributionhub.order.adapters.in.web;

import org.distributionhub.order.ports.in.OrderConflict;
import org.distributionhub.order.ports.in.OrderNotFound;
import org.distributionhub.order.ports.in.OrderRejected;
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
 * The order API's own refusals in the hub's problem contract (ADR 0012): an order the intake's check refuses is a
 * 400 naming every field at once ({@code $.lines[0].quantity}), an unknown order a 404, a request the order's state
 * refuses a 409. Unreadable bodies are the platform's.
 */
@RestControllerAdvice(basePackageClasses = OrderApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OrderApiProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(OrderRejected e) {
		return ApiProblems.response(ApiProblems.invalid(e.problems()
			.stream()
			.map(it -> ApiProblems.error(FieldPaths.ofField(it.path()), it.message()))
			.toList()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(OrderNotFound e) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Order not found", e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(OrderConflict e) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.CONFLICT, "Order conflict", e.getMessage()));
	}
}
