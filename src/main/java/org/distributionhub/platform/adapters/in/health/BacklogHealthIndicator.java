package org.distributionhub.platform.adapters.in.health;

import org.distributionhub.platform.ports.in.FindBacklog;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * /actuator/health's "backlog" component: OUT_OF_SERVICE while intake is refused for the delivery backlog (a load
 * balancer sends new work elsewhere; the hub keeps delivering what it took), UP otherwise.
 */
@Component("backlog")
class BacklogHealthIndicator implements HealthIndicator {

	private final FindBacklog backlog;

	BacklogHealthIndicator(FindBacklog backlog) {
		this.backlog = backlog;
	}

	@Override
	public Health health() {
		var view = backlog.backlog();
		return (view.refusing() ? Health.outOfService() : Health.up()).withDetail("waiting", view.waiting())
			.withDetail("oldestAgeSeconds", view.oldestAge().toSeconds())
			.withDetail("queued", view.queued())
			.withDetail("maxBacklog", view.maxBacklog())
			.withDetail("maxAgeSeconds", view.maxAge().toSeconds())
			.withDetail("sampledAt", String.valueOf(view.sampledAt()))
			.build();
	}
}
