package org.distributionhub.supplier.procurement.adapters.in.web;

import java.util.List;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.platform.problems.RequestProblems;
import org.distributionhub.supplier.partners.api.UnknownSupplierException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems of the purchase order API in the hub's one contract: invalid fields are a 400 naming each path, an unknown
 * supplier or an order that breaks a rule a 422.
 */
@RestControllerAdvice(assignableTypes = PurchaseOrderController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PurchaseOrderApiProblems extends RequestProblems {

	@ExceptionHandler(UnknownSupplierException.class)
	ResponseEntity<ProblemDetail> unknownSupplier(UnknownSupplierException ex) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown supplier",
				ex.getMessage());
		problem.setProperty("errors", List.of(ApiProblems.error("$.supplierId", ex.getMessage())));
		return ApiProblems.response(problem);
	}
}
