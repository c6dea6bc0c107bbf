package org.distributionhub.console.jobs.adapters.in.web;

import java.util.List;

import org.distributionhub.console.jobs.ports.in.InvalidJobRequest;
import org.distributionhub.console.jobs.ports.in.JobConflict;
import org.distributionhub.console.jobs.ports.in.UnknownJob;
import org.distributionhub.platform.problems.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The jobs API's refusals in the hub's problem contract (ADR 0012): an invalid request is a 400 naming its path, an
 * unknown job a 404, a kind already running or a finished job cancelled a 409 naming the job.
 */
@RestControllerAdvice(assignableTypes = JobsApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class JobsApiProblems {

	@ExceptionHandler(InvalidJobRequest.class)
	ResponseEntity<ProblemDetail> invalid(InvalidJobRequest ex) {
		return ApiProblems.response(ApiProblems.invalid(List.of(ApiProblems.error("$." + ex.field(), ex.getMessage()))));
	}

	@ExceptionHandler(UnknownJob.class)
	ResponseEntity<ProblemDetail> unknown(UnknownJob ex) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Job not found", ex.getMessage()));
	}

	@ExceptionHandler(JobConflict.class)
	ResponseEntity<ProblemDetail> conflict(JobConflict ex) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "Job conflict", ex.getMessage());
		problem.setProperty("jobId", ex.jobId().toString());
		return ApiProblems.response(problem);
	}
}
