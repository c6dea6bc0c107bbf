package org.distributionhub.supplier.exchange.adapters.in.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every partner request passes before it reaches a use case: the key's supplier must be the path's supplier,
 * the supplier must be within its request quota (a Resilience4j rate limiter per supplier), and the body must not
 * exceed the configured size, which is checked while reading (never more than the limit is read).
 */
@Component
class PartnerGate {

	private final RateLimiterRegistry limiters;
	private final RateLimiterConfig config;
	private final long maxBytes;

	PartnerGate(RateLimiterRegistry limiters, @Value("${hub.supplier.requests-per-second:200}") int requestsPerSecond,
			@Value("${hub.supplier.max-message-size:5MB}") DataSize maxMessageSize) {
		this.limiters = limiters;
		this.config = RateLimiterConfig.custom()
			.limitForPeriod(requestsPerSecond)
			.limitRefreshPeriod(Duration.ofSeconds(1))
			.timeoutDuration(Duration.ZERO)
			.build();
		this.maxBytes = maxMessageSize.toBytes();
	}

	void admit(@Nullable Principal principal, String supplierId) {
		if (principal == null || !principal.getName().equals(supplierId)) {
			throw new ForeignSupplierException(principal == null ? "(none)" : principal.getName(), supplierId);
		}
		RateLimiter limiter = limiters.rateLimiter("partner-" + supplierId, config);
		if (!limiter.acquirePermission()) {
			throw new ThrottledException(supplierId, 1);
		}
	}

	byte[] body(HttpServletRequest request) throws IOException {
		// Read up to the limit before refusing, whatever Content-Length says: the server then swallows a moderate
		// excess and the partner gets its 413 instead of a reset connection.
		try (InputStream in = request.getInputStream()) {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (content.length > maxBytes) {
				throw new PayloadTooLargeException(maxBytes);
			}
			return content;
		}
	}
}
