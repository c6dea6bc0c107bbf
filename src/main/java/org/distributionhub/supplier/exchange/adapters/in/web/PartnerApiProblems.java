package org.distributionhub.supplier.exchange.adapters.in.web;

import org.distributionhub.platform.problems.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The partner API's own refusals in the hub's problem contract (ADR 0012): a message too large, too many requests, a channel
 * the supplier's policy does not allow,
 * another supplier's path. Unreadable bodies, bad parameters and wrong media types are the platform's.
 */
@RestControllerAdvice(assignableTypes = { PartnerMessagesController.class, PartnerOutboxController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnerApiProblems {

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "Message too large",
				ex.getMessage()));
	}

	@ExceptionHandler(ThrottledException.class)
	ResponseEntity<ProblemDetail> throttled(ThrottledException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", ex.getMessage()));
	}

	@ExceptionHandler(ChannelNotAllowedException.class)
	ResponseEntity<ProblemDetail> channel(ChannelNotAllowedException ex) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.FORBIDDEN, "Channel not allowed", ex.getMessage()));
	}

	@ExceptionHandler(ForeignSupplierException.class)
	ResponseEntity<ProblemDetail> foreign(ForeignSupplierException ex) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.FORBIDDEN, "Not your supplier", ex.getMessage()));
	}
}
