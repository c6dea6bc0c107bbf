package org.distributionhub.supplier.exchange.adapters.in.web;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.platform.problems.RequestProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems for the partner API, in the hub's one problem contract ({@code ApiProblems}): each names what
 * was wrong, with field paths for invalid requests; a partner never sees a stack trace or a 500 for what it sent.
 */
@RestControllerAdvice(assignableTypes = { PartnerMessagesController.class, PartnerOutboxController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnerApiProblems extends RequestProblems {

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
				"Content type " + ex.getContentType() + " is not accepted here; use one of "
						+ ex.getSupportedMediaTypes()));
	}

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

	@ExceptionHandler(ForeignSupplierException.class)
	ResponseEntity<ProblemDetail> foreign(ForeignSupplierException ex) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.FORBIDDEN, "Not your supplier", ex.getMessage()));
	}
}
