package org.distributionhub.supplier.partners.adapters.in.web;

import java.util.List;
import java.util.Map;

import org.distributionhub.supplier.partners.adapters.in.files.JacksonProblems;
import org.distributionhub.supplier.partners.ports.in.SupplierDataRejected;
import org.distributionhub.supplier.partners.ports.in.SupplierNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for the Supplier module's HTTP endpoints: refused data is a 400 whose {@code errors}
 * name each field path, an unknown supplier or key a 404, a conflicting concurrent change a 409; bad input is
 * never a 500. Wrong methods and media types get the hub-wide problem details (spring.mvc.problemdetails).
 */
@RestControllerAdvice(basePackageClasses = SupplierApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SupplierApiProblems {

	@ExceptionHandler
	ProblemDetail rejected(SupplierDataRejected e) {
		return invalid(e.getMessage(), e.problems().stream()
			.map(it -> Map.of("field", it.field(), "message", it.message()))
			.toList());
	}

	@ExceptionHandler
	ProblemDetail notFound(SupplierNotFound e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail tooLarge(UploadTooLarge e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(DataIntegrityViolationException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone changed the same supplier at the same moment; send the request again");
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof JacksonException jackson) {
			String field = JacksonProblems.field(jackson);
			String message = JacksonProblems.where(jackson) + JacksonProblems.message(jackson);
			return invalid((field.isEmpty() ? "" : field + ": ") + message,
					List.of(Map.of("field", field, "message", message)));
		}
		return invalid("The request body is missing or unreadable", List.of());
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		String message = "'" + e.getValue() + "' is not a valid value";
		return invalid(e.getName() + ": " + message, List.of(Map.of("field", e.getName(), "message", message)));
	}

	static ProblemDetail invalid(String detail, List<?> errors) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}
}
