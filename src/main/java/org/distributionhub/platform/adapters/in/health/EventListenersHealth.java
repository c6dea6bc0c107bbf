package org.distributionhub.platform.adapters.in.health;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;

import org.distributionhub.platform.ports.in.FindListenerProgress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The "eventListeners" health: DOWN while nothing moves, that is every thread of the listener pool (the application
 * task executor, spring.task.execution) is busy, work waits in its queue, and no delivery has ended for longer than
 * hub.health.listeners-stalled-after; UP otherwise, also while listeners are busy but deliveries keep ending.
 */
@Component("eventListenersHealthIndicator")
class EventListenersHealth implements HealthIndicator {

	private final FindListenerProgress progress;
	private final ObjectProvider<Executor> executor;
	private final Duration stalledAfter;

	EventListenersHealth(FindListenerProgress progress,
			@Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor, HealthLimits limits) {
		this.progress = progress;
		this.executor = executor;
		this.stalledAfter = limits.listenersStalledAfter();
	}

	@Override
	public Health health() {
		var deliveries = progress.progress();
		Duration sinceLast = Duration.between(deliveries.lastFinished(), Instant.now());
		var builder = Health.up();
		if (executor.getIfAvailable() instanceof ThreadPoolTaskExecutor pool) {
			int threads = pool.getMaxPoolSize();
			int busy = pool.getActiveCount();
			int queued = pool.getQueueSize();
			if (busy >= threads && queued > 0 && sinceLast.compareTo(stalledAfter) > 0) {
				builder = Health.down()
					.withDetail("error", "All " + threads + " listener threads busy, " + queued
							+ " deliveries queued and none ended for " + sinceLast.toSeconds() + " s");
			}
			builder.withDetail("threads", threads).withDetail("busy", busy).withDetail("queued", queued);
		}
		return builder.withDetail("running", deliveries.running())
			.withDetail("finished", deliveries.finished())
			.withDetail("lastFinished", deliveries.lastFinished().toString())
			.withDetail("stalledAfter", stalledAfter.toString())
			.build();
	}
}
