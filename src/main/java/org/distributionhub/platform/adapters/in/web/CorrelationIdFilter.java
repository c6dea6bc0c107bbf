package org.distributionhub.platform.adapters.in.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.shared.CorrelationId;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the caller's X-Correlation-Id when it is well formed, otherwise makes one, keeps it in the log context for
 * the whole request and echoes it on the response, so a partner can quote it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String offered = request.getHeader(Correlation.HEADER);
		CorrelationId id = CorrelationId.isValid(offered) ? new CorrelationId(offered) : CorrelationId.random();
		response.setHeader(Correlation.HEADER, id.value());
		MDC.put(Correlation.MDC_KEY, id.value());
		if (CorrelationId.isValid(offered)) {
			MDC.put(Correlation.OFFERED_MDC_KEY, "true");
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(Correlation.MDC_KEY);
			MDC.remove(Correlation.OFFERED_MDC_KEY);
		}
	}
}
