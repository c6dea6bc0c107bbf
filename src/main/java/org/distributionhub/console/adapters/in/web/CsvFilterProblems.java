package org.distributionhub.console.adapters.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A CSV download asked with a filter that cannot be read: a 400 problem naming the filter, not an error page. */
@RestControllerAdvice(assignableTypes = { EventLogExportController.class, AuditTrailController.class,
		ListExportsController.class })
class CsvFilterProblems {

	@ExceptionHandler(InvalidFilterException.class)
	ProblemDetail invalidFilter(InvalidFilterException e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Invalid filter");
		return problem;
	}
}
