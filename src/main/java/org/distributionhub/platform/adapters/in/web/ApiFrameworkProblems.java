package org.distributionhub.platform.adapters.in.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.platform.problems.FieldPaths;
import org.distributionhub.platform.problems.InvalidParameter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The framework's request errors for every API under /api/ in the hub's one problem contract (ADR 0012): an
 * unreadable body, invalid fields, a bad parameter, a wrong method or media type. Module advices come first and
 * answer only their own exceptions. Being a ResponseEntityExceptionHandler it replaces Spring Boot's
 * spring.mvc.problemdetails handler; console pages get the status and their own error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFrameworkProblems extends ResponseEntityExceptionHandler {

	static final String API = "/api/";

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameter(InvalidParameter ex) {
		return ApiProblems.response(ApiProblems.invalid(List.of(ApiProblems.error(ex.name(), ex.getMessage()))));
	}

	/** A body sent without its length that ran past hub.api.max-body-size while a controller read it. */
	@ExceptionHandler
	@Nullable ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLarge ex, HttpServletResponse response) {
		return response.isCommitted() ? null : ApiProblems.response(ex.problem());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, null, headers,
				BodyTooLarge.in(ex) == null ? status : HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (!(request instanceof ServletWebRequest servlet) || servlet.getResponse() == null
				|| servlet.getResponse().isCommitted()) {
			return null;
		}
		if (!isApi(servlet.getRequest())) {
			return errorPage(servlet.getResponse(), headers, status, detail(ex));
		}
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(ex, body, status));
	}

	private static ProblemDetail problem(Exception ex, @Nullable Object body, HttpStatusCode status) {
		if (ex instanceof MethodArgumentNotValidException invalid) {
			return ApiProblems.invalid(invalid);
		}
		BodyTooLarge tooLarge = BodyTooLarge.in(ex);
		if (tooLarge != null) {
			return tooLarge.problem();
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return ApiProblems.unreadable(unreadable);
		}
		if (ex instanceof TypeMismatchException mismatch) {
			String name = mismatch.getPropertyName() == null ? FieldPaths.BODY : mismatch.getPropertyName();
			return ApiProblems.invalid(List.of(ApiProblems.error(name, "'" + mismatch.getValue()
					+ "' is not a valid value")));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return ApiProblems.invalid(List.of(ApiProblems.error(missing.getParameterName(), "is required")));
		}
		if (ex instanceof MissingRequestHeaderException missing) {
			return ApiProblems.invalid(List.of(ApiProblems.error(missing.getHeaderName(), "is required")));
		}
		if (ex instanceof HandlerMethodValidationException invalid) {
			return ApiProblems.invalid(errors(invalid));
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		String title = known == null ? "Request refused" : known.getReasonPhrase();
		String detail = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
				: title;
		return ApiProblems.problem(known == null ? HttpStatus.BAD_REQUEST : known, title, detail);
	}

	private static List<Map<String, String>> errors(HandlerMethodValidationException invalid) {
		var errors = new ArrayList<Map<String, String>>();
		invalid.getParameterValidationResults().forEach(result -> {
			var parameter = result.getMethodParameter();
			String name = parameter.hasParameterAnnotation(RequestBody.class) || parameter.getParameterName() == null
					? FieldPaths.BODY : parameter.getParameterName();
			result.getResolvableErrors()
				.forEach(error -> errors.add(ApiProblems.error(name, String.valueOf(error.getDefaultMessage()))));
		});
		return errors;
	}

	/** What a console controller said in its own words (a ResponseStatusException's reason), else nothing. */
	private static @Nullable String detail(Exception ex) {
		return ex instanceof ResponseStatusException refused ? refused.getReason() : null;
	}

	/** Sends the status, with the detail for the page to show (a console page shows it for a 4xx only). */
	private static @Nullable ResponseEntity<Object> errorPage(HttpServletResponse response, HttpHeaders headers,
			HttpStatusCode status, @Nullable String detail) {
		headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		try {
			if (detail == null) {
				response.sendError(status.value());
			}
			else {
				response.sendError(status.value(), detail);
			}
		}
		catch (IOException e) {
			// The client went away; there is no one to show a page to.
		}
		return null;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + API);
	}
}
