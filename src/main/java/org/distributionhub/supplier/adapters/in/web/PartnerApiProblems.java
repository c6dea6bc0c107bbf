package org.distributionhub.supplier.adapters.in.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.ports.in.UnknownSupplierException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.databind.DatabindException;

/**
 * RFC 9457 problems for the Supplier module's API: each names what was wrong, with field paths for invalid
 * requests; a partner never sees a stack trace or a 500 for what it sent. Checked before the module-wide
 * {@code SupplierApiProblems}, which handles what is not handled here.
 */
@RestControllerAdvice(assignableTypes = { PartnerMessagesController.class, PartnerOutboxController.class,
		PurchaseOrderController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnerApiProblems {

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> Map.of("path", "$." + error.getField(), "message",
					error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				errors.size() + " field(s) are invalid");
		problem.setProperty("errors", errors);
		return ReceiptResponses.problemResponse(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		String path = "$";
		String message = "The body is not valid JSON of the expected shape";
		if (ex.getCause() instanceof DatabindException databind) {
			path = JsonPaths.of(databind.getPath());
			message = databind.getOriginalMessage();
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request", message);
		problem.setProperty("errors", List.of(Map.of("path", path, "message", message)));
		return ReceiptResponses.problemResponse(problem);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return ReceiptResponses.problemResponse(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
				"Content type " + ex.getContentType() + " is not accepted here; use one of "
						+ ex.getSupportedMediaTypes()));
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex) {
		return ReceiptResponses.problemResponse(problem(HttpStatus.CONTENT_TOO_LARGE, "Message too large",
				ex.getMessage()));
	}

	@ExceptionHandler(ThrottledException.class)
	ResponseEntity<ProblemDetail> throttled(ThrottledException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", ex.getMessage()));
	}

	@ExceptionHandler(ForeignSupplierException.class)
	ResponseEntity<ProblemDetail> foreign(ForeignSupplierException ex) {
		return ReceiptResponses.problemResponse(problem(HttpStatus.FORBIDDEN, "Not your supplier", ex.getMessage()));
	}

	@ExceptionHandler(UnknownSupplierException.class)
	ResponseEntity<ProblemDetail> unknownSupplier(UnknownSupplierException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown supplier", ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("path", "$.supplierId", "message", ex.getMessage())));
		return ReceiptResponses.problemResponse(problem);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> rule(IllegalArgumentException ex) {
		return ReceiptResponses.problemResponse(problem(HttpStatus.UNPROCESSABLE_CONTENT, "Request breaks a rule",
				ex.getMessage()));
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("https://distributionhub.org/problems/"
				+ title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')));
		return problem;
	}
}
