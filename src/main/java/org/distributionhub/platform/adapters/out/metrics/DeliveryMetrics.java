package org.distributionhub.platform.adapters.out.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * hub.events.publications{state}: publications waiting for delivery (published, processing, resubmitted), failed and
 * waiting for a retry, and dead-lettered; hub.events.oldest.pending.seconds: age of the oldest one not yet completed.
 * Read from the registry tables at each scrape.
 */
@Component
class DeliveryMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	DeliveryMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "pending", "SELECT COUNT(*) FROM event_publication WHERE status IS NULL OR status <> 'FAILED'");
		gauge(registry, "failed", "SELECT COUNT(*) FROM event_publication WHERE status = 'FAILED'");
		gauge(registry, "dead_lettered", "SELECT COUNT(*) FROM event_dead_letter");
		Gauge.builder("hub.events.oldest.pending.seconds", this, metrics -> metrics.oldestPendingSeconds())
			.description("Age of the oldest publication not yet completed")
			.baseUnit("seconds")
			.register(registry);
	}

	private void gauge(MeterRegistry registry, String state, String sql) {
		Gauge.builder("hub.events.publications", this, metrics -> metrics.count(sql))
			.description("Event publications by delivery state")
			.tag("state", state)
			.register(registry);
	}

	private double count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private double oldestPendingSeconds() {
		return jdbc.sql("SELECT MIN(publication_date) FROM event_publication")
			.query(java.sql.Timestamp.class)
			.optional()
			.map(oldest -> (System.currentTimeMillis() - oldest.getTime()) / 1000.0)
			.orElse(0.0);
	}
}
