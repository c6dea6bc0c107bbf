package org.distributionhub.platform.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.events.backpressure.*: intake is refused with 503 while more than maxBacklog publications wait for delivery (or
 * are queued for the listener threads) or the oldest waits longer than maxAge; sampled every sampleInterval.
 */
@ConfigurationProperties("hub.events.backpressure")
public record BackpressureProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20000") long maxBacklog,
		@DefaultValue("60s") Duration maxAge, @DefaultValue("30s") Duration retryAfter,
		@DefaultValue("2s") Duration sampleInterval) {
}
