package org.distributionhub.platform.adapters.in.web;

import java.io.IOException;

import org.distributionhub.platform.problems.DatabaseOutage;
import org.distributionhub.platform.problems.Unavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A database that cannot be reached or timed out, wherever a controller met it, answers 503 with Retry-After: the
 * one problem for a path under /api/, the console's error page for any other. Resolved before every controller
 * advice, so no module's handler turns it into something else; any other failure passes on untouched.
 */
@Component
class DatabaseOutageAnswers implements HandlerExceptionResolver, Ordered {

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageAnswers.class);

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!DatabaseOutage.isCause(ex) || response.isCommitted()) {
			return null;
		}
		LOG.warn("{} {} answered 503, the database is unavailable: {}", request.getMethod(), request.getRequestURI(),
				ex.toString());
		try {
			if (request.getRequestURI().startsWith(request.getContextPath() + ApiFrameworkProblems.API)) {
				Unavailable.write(request, response, DatabaseOutage.problem(), DatabaseOutage.RETRY_AFTER);
			}
			else {
				response.setHeader(HttpHeaders.RETRY_AFTER, Unavailable.retryAfter(DatabaseOutage.RETRY_AFTER));
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
		}
		catch (IOException e) {
			// The client went away; there is no one to answer.
		}
		return new ModelAndView();
	}
}
