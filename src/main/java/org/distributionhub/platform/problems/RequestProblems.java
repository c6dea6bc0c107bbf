package org.distributionhub.platform.problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The handlers every API's advice shares: invalid fields and unreadable bodies are a 400 naming each path, a value
 * that breaks a rule of our model a 422. A module's advice extends it and adds its own exceptions.
 */
public abstract class RequestProblems {

	@ExceptionHandler(MethodArgumentNotValidException.class)
	protected ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		return ApiProblems.response(ApiProblems.invalid(ex));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	protected ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return ApiProblems.response(ApiProblems.unreadable(ex));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	protected ResponseEntity<ProblemDetail> rule(IllegalArgumentException ex) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "Request breaks a rule",
				ex.getMessage()));
	}
}
