package org.distributionhub.supplier.partners.adapters.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.platform.problems.FieldPaths;
import org.distributionhub.supplier.partners.ports.in.ItemImportReport;
import org.distributionhub.supplier.partners.ports.in.RowProblem;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The admin API's own refusals in the hub's problem contract (ADR 0012): refused data is a 400 naming each field
 * path, an unknown supplier or key a 404, a conflicting concurrent change a 409, an upload too large a 413.
 * Unreadable bodies, bad parameters, wrong methods and media types are the platform's.
 */
@RestControllerAdvice(basePackageClasses = SupplierApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SupplierApiProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(SupplierDataRejected e) {
		return ApiProblems.response(ApiProblems.invalid(e.problems()
			.stream()
			.map(it -> ApiProblems.error(FieldPaths.ofField(it.field()), it.message()))
			.toList()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(SupplierNotFound e) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(UploadTooLarge e) {
		return ApiProblems.response(ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "Upload too large",
				e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
		return ApiProblems.response(ApiProblems.concurrentChange(
				"Someone changed the same supplier at the same moment; send the request again"));
	}

	/** A CSV upload of which no row could be used: each row's problem at its column, with its line. */
	static ProblemDetail unusable(ItemImportReport report) {
		List<Map<String, Object>> errors = report.problems().stream().map(SupplierApiProblems::row).toList();
		ProblemDetail problem = ApiProblems.invalid(errors);
		problem.setDetail("No row of the upload could be used; nothing was changed");
		problem.setProperty("report", report);
		return problem;
	}

	private static Map<String, Object> row(RowProblem row) {
		var error = new LinkedHashMap<String, Object>(ApiProblems.error(
				row.column() == null ? FieldPaths.BODY : row.column(), row.message()));
		error.put("line", row.line());
		if (row.supplierPart() != null) {
			error.put("supplierPart", row.supplierPart());
		}
		return error;
	}
}
