package org.distributionhub.supplier.procurement.adapters.in.web;

import java.util.List;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.supplier.partners.api.UnknownSupplierException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The purchase order API's own refusals in the hub's problem contract (ADR 0012): an unknown supplier or an order
 * that breaks a rule of issuing is a 422, the same new order taken in by two requests at the same moment a 409 for
 * the one that lost (sent again, it is answered as known). Invalid fields are the platform's 400.
 */
@RestControllerAdvice(assignableTypes = PurchaseOrderController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PurchaseOrderApiProblems {

	@ExceptionHandler(UnknownSupplierException.class)
	ResponseEntity<ProblemDetail> unknownSupplier(UnknownSupplierException ex) {
		return ApiProblems.response(ApiProblems.withErrors(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown supplier",
				List.of(ApiProblems.error("$.supplierId", ex.getMessage()))));
	}

	/** What issuing refuses, such as a unit price without a currency. */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> rule(IllegalArgumentException ex) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "Request breaks a rule",
				ex.getMessage()));
	}

	/** Two first requests for the same order raced; the other one took it in. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> concurrent(DataIntegrityViolationException ex) {
		return ApiProblems.response(ApiProblems.concurrentChange(
				"Another request took in the same purchase order at the same moment; send this one again"));
	}
}
