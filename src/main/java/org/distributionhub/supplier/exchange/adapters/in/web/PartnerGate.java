package org.distributionhub.supplier.exchange.adapters.in.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Duration;

import org.distributionhub.supplier.api.Channel;
import org.distributionhub.supplier.partners.api.FindPartnerPolicy;
import org.distributionhub.supplier.partners.api.PartnerPolicy;
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
 * the supplier must be within the request quota of its policy (a Resilience4j rate limiter per supplier, retuned
 * when the policy changes), the channel must be one its policy allows, and the body must not exceed its policy's
 * largest message, which is checked while reading (never more than the limit is read). The hub's settings apply
 * where a supplier has no policy.
 */
@Component
class PartnerGate {

	private final RateLimiterRegistry limiters;
	private final FindPartnerPolicy policies;
	private final int requestsPerSecond;
	private final long maxBytes;

	PartnerGate(RateLimiterRegistry limiters, FindPartnerPolicy policies,
			@Value("${hub.supplier.requests-per-second:200}") int requestsPerSecond,
			@Value("${hub.supplier.max-message-size:5MB}") DataSize maxMessageSize) {
		this.limiters = limiters;
		this.policies = policies;
		this.requestsPerSecond = requestsPerSecond;
		this.maxBytes = maxMessageSize.toBytes();
	}

	void admit(@Nullable Principal principal, String supplierId) {
		if (principal == null || !principal.getName().equals(supplierId)) {
			throw new ForeignSupplierException(principal == null ? "(none)" : principal.getName(), supplierId);
		}
		int limit = policies.policy(supplierId).map(PartnerPolicy::requestsPerSecond).orElse(requestsPerSecond);
		RateLimiter limiter = limiters.rateLimiter("partner-" + supplierId, () -> config(limit));
		if (limiter.getRateLimiterConfig().getLimitForPeriod() != limit) {
			limiter.changeLimitForPeriod(limit);
		}
		if (!limiter.acquirePermission()) {
			throw new ThrottledException(supplierId, limit, 1);
		}
	}

	/** Refuses a channel the supplier's policy does not allow. */
	void allow(String supplierId, Channel channel) {
		var policy = policies.policy(supplierId).orElse(null);
		if (policy != null && !policy.allows(channel)) {
			throw new ChannelNotAllowedException(supplierId, channel, policy);
		}
	}

	byte[] body(HttpServletRequest request, String supplierId) throws IOException {
		long limit = policies.policy(supplierId).map(PartnerPolicy::maxMessageBytes).orElse(maxBytes);
		// Read up to the limit before refusing, whatever Content-Length says: the server then swallows a moderate
		// excess and the partner gets its 413 instead of a reset connection.
		try (InputStream in = request.getInputStream()) {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (content.length > limit) {
				throw new PayloadTooLargeException(supplierId, limit);
			}
			return content;
		}
	}

	private static RateLimiterConfig config(int limit) {
		return RateLimiterConfig.custom()
			.limitForPeriod(limit)
			.limitRefreshPeriod(Duration.ofSeconds(1))
			.timeoutDuration(Duration.ZERO)
			.build();
	}
}
