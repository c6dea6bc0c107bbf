package org.distributionhub.supplier.procurement.adapters.in.web;

import java.util.List;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.procurement.ports.in.ManageInvoiceTolerances.UnknownSupplierTolerances;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The tolerance API's refusals in the hub's problem contract (ADR 0012): an unknown supplier is a 404, a value the
 * rules refuse a 400 naming the body, two first saves at the same moment a 409. Invalid fields are the platform's 400.
 */
@RestControllerAdvice(assignableTypes = InvoiceTolerancesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvoiceToleranceProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unknown(UnknownSupplierTolerances ex) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(IllegalArgumentException ex) {
		return ApiProblems.response(ApiProblems.invalid(List.of(ApiProblems.error("$", ex.getMessage()))));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> concurrent(DataIntegrityViolationException ex) {
		return ApiProblems.response(ApiProblems.concurrentChange(
				"Someone set the same supplier's tolerances at the same moment; send the request again"));
	}
}
