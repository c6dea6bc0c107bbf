package org.distributionhub.platform.application;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.events.recovery.*: the node this hub runs as, its heartbeat, and when deliveries a dead run left in flight are
 * taken over.
 */
@ConfigurationProperties("hub.events.recovery")
public record EventRecoveryProperties(@DefaultValue("true") boolean enabled, @Nullable String nodeId,
		@DefaultValue("./data/node-id") Path nodeIdFile, @DefaultValue("5s") Duration heartbeatInterval,
		@DefaultValue("30s") Duration nodeTimeout, @DefaultValue("10s") Duration takeoverInterval,
		@DefaultValue("7d") Duration forgetNodesAfter) {

	public EventRecoveryProperties {
		if (nodeTimeout.compareTo(heartbeatInterval.multipliedBy(2)) <= 0) {
			throw new IllegalArgumentException("hub.events.recovery.node-timeout (" + nodeTimeout
					+ ") must be more than twice the heartbeat interval (" + heartbeatInterval + ")");
		}
	}
}
