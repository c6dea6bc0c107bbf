package org.distributionhub.console.alerting.adapters.out.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.distributionhub.console.alerting.ports.out.IncidentStatistics;
import org.distributionhub.console.alerting.domain.AlertKinds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * hub.incidents{kind}: incidents the last alert evaluation saw, by kind (every kind, 0 when none);
 * hub.incidents.oldest.seconds{kind}: age of the oldest of them at the scrape; hub.alerts.open: alerts not resolved.
 */
@Component
class MicrometerIncidentStatistics implements IncidentStatistics, MeterBinder {

	private final Clock clock;
	private final JdbcClient jdbc;
	private volatile Map<String, Long> counts = Map.of();
	private volatile Map<String, Instant> oldest = Map.of();

	MicrometerIncidentStatistics(Clock clock, JdbcClient jdbc) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Override
	public void observed(Map<String, Long> counts, Map<String, Instant> oldest) {
		this.counts = Map.copyOf(counts);
		this.oldest = Map.copyOf(oldest);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String kind : AlertKinds.ALL) {
			Gauge.builder("hub.incidents", this, statistics -> statistics.counts.getOrDefault(kind, 0L))
				.description("Incidents that need a person, by kind, as the last alert evaluation saw them")
				.tag("kind", kind)
				.register(registry);
			Gauge.builder("hub.incidents.oldest.seconds", this, statistics -> statistics.ageOfOldest(kind))
				.description("Age of the oldest incident of a kind the last alert evaluation saw")
				.tag("kind", kind)
				.baseUnit("seconds")
				.register(registry);
		}
		Gauge.builder("hub.alerts.open", this, statistics -> statistics.openAlerts())
			.description("Alerts fired and not yet resolved")
			.register(registry);
	}

	private double ageOfOldest(String kind) {
		Instant since = oldest.get(kind);
		return since == null ? 0 : Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
	}

	private double openAlerts() {
		return jdbc.sql("SELECT COUNT(*) FROM alert WHERE open_key IS NOT NULL").query(Long.class).single();
	}
}
