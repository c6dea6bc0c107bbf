package org.distributionhub.platform.adapters.in.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * hub.health.*: when the hub stops reporting itself ready.
 *
 * @param databaseTimeout the database check's answer: no valid connection within this time is DOWN
 * @param listenersStalledAfter every listener thread busy, work queued and no delivery ended for this long is DOWN
 */
@ConfigurationProperties("hub.health")
record HealthLimits(Duration databaseTimeout, Duration listenersStalledAfter) {

	@SuppressWarnings("NullAway")
	HealthLimits {
		databaseTimeout = databaseTimeout == null ? Duration.ofSeconds(5) : databaseTimeout;
		listenersStalledAfter = listenersStalledAfter == null ? Duration.ofSeconds(60) : listenersStalledAfter;
	}
}
