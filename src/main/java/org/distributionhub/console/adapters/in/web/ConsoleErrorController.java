package org.distributionhub.console.adapters.in.web;

import java.net.URI;
import java.util.Map;

import org.distributionhub.platform.problems.ApiProblems;
import org.distributionhub.platform.problems.DatabaseOutage;
import org.distributionhub.platform.problems.Unavailable;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the container shows when a request ends in an error: for a path under /api/ the hub's one problem shape
 * (ADR 0012), for everything else a page in the console's layout, whatever the request accepts (an unknown console
 * URL is a 404 page, not JSON). A 5xx page says nothing of the cause, which the log keeps. A database outage met
 * before any controller (signing in, in a filter) is the hub's one 503 with Retry-After, as the controllers answer it.
 */
@Controller
class ConsoleErrorController implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (status == HttpStatus.INTERNAL_SERVER_ERROR
				&& DatabaseOutage.isCause((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			status = HttpStatus.SERVICE_UNAVAILABLE;
			if (path.startsWith(request.getContextPath() + "/api/")) {
				var problem = DatabaseOutage.problem();
				problem.setInstance(URI.create(path));
				return Unavailable.response(problem, DatabaseOutage.RETRY_AFTER);
			}
			response.setHeader(HttpHeaders.RETRY_AFTER, Unavailable.retryAfter(DatabaseOutage.RETRY_AFTER));
		}
		String detail = detail(request, status);
		if (path.startsWith(request.getContextPath() + "/api/")) {
			return ApiProblems.response(ApiProblems.problem(status, status.getReasonPhrase(), detail));
		}
		var page = new ModelAndView("console/error", Map.of("status", status.value(), "title",
				status.getReasonPhrase(), "detail", detail, "path", path), status);
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detail(HttpServletRequest request, HttpStatus status) {
		@Nullable Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		if (status.is4xxClientError() && message instanceof String text && !text.isBlank()) {
			return text;
		}
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address.";
			case FORBIDDEN -> "Your role may not do this, or the form was too old (sign in again and retry).";
			case SERVICE_UNAVAILABLE -> "The hub cannot reach its database just now. Try again in a minute.";
			default -> status.is5xxServerError()
					? "The hub could not complete this request; the log says why. Try again, or tell an administrator."
					: "The request could not be completed.";
		};
	}
}
