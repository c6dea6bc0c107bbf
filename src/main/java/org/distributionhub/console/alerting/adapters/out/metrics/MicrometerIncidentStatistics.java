package org.distributionhub.console.alerting.adapters.out.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.console.alerting.ports.out.IncidentStatistics;
import org.distributionhub.console.ports.in.Incident;
import org.distributionhub.console.ports.in.IncidentKind;
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
	private volatile Map<IncidentKind, Long> counts = Map.of();
	private volatile Map<IncidentKind, Instant> oldest = Map.of();

	MicrometerIncidentStatistics(Clock clock, JdbcClient jdbc) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Override
	public void observed(List<Incident> incidents, Instant now) {
		Map<IncidentKind, Long> newCounts = new EnumMap<>(IncidentKind.class);
		Map<IncidentKind, Instant> newOldest = new EnumMap<>(IncidentKind.class);
		for (Incident incident : incidents) {
			newCounts.merge(incident.kind(), 1L, Long::sum);
			newOldest.merge(incident.kind(), incident.since(), (a, b) -> a.isBefore(b) ? a : b);
		}
		counts = newCounts;
		oldest = newOldest;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (IncidentKind kind : IncidentKind.values()) {
			Gauge.builder("hub.incidents", this, statistics -> statistics.counts.getOrDefault(kind, 0L))
				.description("Incidents that need a person, by kind, as the last alert evaluation saw them")
				.tag("kind", kind.name())
				.register(registry);
			Gauge.builder("hub.incidents.oldest.seconds", this, statistics -> statistics.ageOfOldest(kind))
				.description("Age of the oldest incident of a kind the last alert evaluation saw")
				.tag("kind", kind.name())
				.baseUnit("seconds")
				.register(registry);
		}
		Gauge.builder("hub.alerts.open", this, statistics -> statistics.openAlerts())
			.description("Alerts fired and not yet resolved")
			.register(registry);
	}

	private double ageOfOldest(IncidentKind kind) {
		Instant since = oldest.get(kind);
		return since == null ? 0 : Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
	}

	private double openAlerts() {
		return jdbc.sql("SELECT COUNT(*) FROM alert WHERE open_key IS NOT NULL").query(Long.class).single();
	}
}
