package org.distributionhub.platform.application;

import java.time.Duration;

import org.distributionhub.platform.domain.RetryPolicy;
import org.distributionhub.shared.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.events.*: how failed deliveries are retried, how deliveries waiting for a prerequisite are tried again, and how
 * long the inbox remembers applied events.
 */
@ConfigurationProperties("hub.events")
public record EventDeliveryProperties(@DefaultValue Retry retry, @DefaultValue Inbox inbox,
		@DefaultValue Waiting waiting) {

	/** hub.events.retry.* */
	public record Retry(@DefaultValue("5") int maxAttempts, @DefaultValue("5s") Duration initialBackoff,
			@DefaultValue("2.0") double multiplier, @DefaultValue("10m") Duration maxBackoff,
			@DefaultValue("0.2") double jitter, @DefaultValue("5s") Duration pollInterval,
			@DefaultValue("200") int batchSize) {

		public RetryPolicy policy() {
			return new RetryPolicy(maxAttempts, new Backoff(initialBackoff, multiplier, maxBackoff, jitter));
		}
	}

	/** hub.events.waiting.* (docs/adr/0024) */
	public record Waiting(@DefaultValue("10s") Duration retryInterval, @DefaultValue("1m") Duration maxRetryInterval,
			@DefaultValue("2h") Duration deadline) {

		/** The wait before a waiting delivery is tried again: retry-interval, doubling, at most max-retry-interval. */
		public Backoff backoff() {
			return new Backoff(retryInterval, 2.0, maxRetryInterval, 0.2);
		}
	}

	/** hub.events.inbox.* */
	public record Inbox(@DefaultValue("30d") Duration retention) {
	}
}
