package org.distributionhub.platform.adapters.in.health;

import org.distributionhub.platform.ports.in.FindBacklog;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * hub.events.backlog{kind}: publications waiting for delivery (waiting) and listener invocations queued in memory
 * (queued); hub.events.backlog.oldest.age: seconds the oldest waiting one waits. From the monitor's last sample.
 */
@Component
class BacklogMeters implements MeterBinder {

	private final FindBacklog backlog;

	BacklogMeters(FindBacklog backlog) {
		this.backlog = backlog;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("hub.events.backlog", backlog, found -> found.backlog().waiting())
			.description("Event publications waiting for delivery (back-pressure counts these)")
			.tag("kind", "waiting")
			.register(registry);
		Gauge.builder("hub.events.backlog", backlog, found -> found.backlog().queued())
			.description("Event publications waiting for delivery (back-pressure counts these)")
			.tag("kind", "queued")
			.register(registry);
		Gauge.builder("hub.events.backlog.oldest.age", backlog, found -> found.backlog().oldestAge().toMillis() / 1000.0)
			.description("Age of the oldest event publication waiting for delivery")
			.baseUnit("seconds")
			.register(registry);
	}
}
