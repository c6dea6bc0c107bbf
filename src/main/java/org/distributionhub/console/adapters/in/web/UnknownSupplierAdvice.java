package org.distributionhub.console.adapters.in.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An item or code change for a supplier that does not exist is a 404 page, like the supplier's own page. */
@ControllerAdvice(assignableTypes = { SupplierItemsController.class, SupplierCodesController.class })
class UnknownSupplierAdvice {

	@ExceptionHandler(IllegalArgumentException.class)
	void notFound(IllegalArgumentException e, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
	}
}
