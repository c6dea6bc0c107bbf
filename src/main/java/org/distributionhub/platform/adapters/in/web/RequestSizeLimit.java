package org.distributionhub.platform.adapters.in.web;

import java.io.IOException;

import org.distributionhub.platform.problems.ApiProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses an API request whose declared body is larger than hub.api.max-body-size with a 413 problem before anything
 * reads it. APIs with a smaller limit of their own (partner messages, inventory feeds, uploads) still apply it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(@Value("${hub.api.max-body-size:20MB}") DataSize maxBodySize) {
		this.maxBytes = maxBodySize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + ApiFrameworkProblems.API);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			ApiProblems.write(request, response, ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large",
					"The body is larger than " + maxBytes + " bytes (hub.api.max-body-size)"));
			return;
		}
		chain.doFilter(request, response);
	}
}
