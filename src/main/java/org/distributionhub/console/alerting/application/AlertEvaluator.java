package org.distributionhub.console.alerting.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.distributionhub.console.alerting.domain.AlertKey;
import org.distributionhub.console.alerting.domain.AlertPlan;
import org.distributionhub.console.alerting.domain.AlertPlan.Firing;
import org.distributionhub.console.alerting.ports.in.EvaluateAlerts;
import org.distributionhub.console.alerting.ports.out.AlertChannel;
import org.distributionhub.console.alerting.ports.out.Alerts;
import org.distributionhub.console.alerting.ports.out.Alerts.NewAlert;
import org.distributionhub.console.alerting.ports.out.IncidentStatistics;
import org.distributionhub.console.ports.in.FindIncidents;
import org.distributionhub.console.ports.in.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Fires an alert for each incident a rule raises that has none open, and resolves each open alert no rule raises any
 * longer. Each fire and resolve is its own claim in the history, so a restarted hub does not fire again and of two
 * hubs only one queues the notifications. Sending is left to {@link NotificationSender}.
 */
@Service
class AlertEvaluator implements EvaluateAlerts {

	private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluator.class);

	private final FindIncidents incidents;
	private final AlertRuleService rules;
	private final Alerts alerts;
	private final List<AlertChannel> channels;
	private final IncidentStatistics statistics;
	private final Clock clock;

	AlertEvaluator(FindIncidents incidents, AlertRuleService rules, Alerts alerts, List<AlertChannel> channels,
			IncidentStatistics statistics, Clock clock) {
		this.incidents = incidents;
		this.rules = rules;
		this.alerts = alerts;
		this.channels = channels;
		this.statistics = statistics;
		this.clock = clock;
	}

	@Override
	public EvaluationRound evaluate() {
		var current = incidents.current();
		Instant now = clock.instant();
		observe(current);
		var open = alerts.open();
		var plan = AlertPlan.of(rules.inForce(), current, open.keySet(), now);
		List<String> names = channels.stream().filter(AlertChannel::configured).map(AlertChannel::name).toList();
		int fired = 0;
		for (Firing firing : plan.toFire()) {
			if (claimed(() -> alerts.fire(newAlert(firing, now), names), firing.key())) {
				fired++;
			}
		}
		int resolved = 0;
		for (AlertKey key : plan.toResolve()) {
			if (claimed(() -> alerts.resolve(open.get(key), now, names), key)) {
				resolved++;
			}
		}
		return new EvaluationRound(current.size(), fired, resolved);
	}

	/** One alert's claim; one that fails (a lock another hub holds) is left to the next round, the others go on. */
	private static boolean claimed(BooleanSupplier claim, AlertKey key) {
		try {
			return claim.getAsBoolean();
		}
		catch (RuntimeException e) {
			LOG.warn("Alert {} left to the next evaluation: {}", key.value(), e.toString());
			return false;
		}
	}

	private void observe(List<Incident> current) {
		Map<String, Long> counts = new HashMap<>();
		Map<String, Instant> oldest = new HashMap<>();
		for (Incident incident : current) {
			counts.merge(incident.kind().name(), 1L, Long::sum);
			oldest.merge(incident.kind().name(), incident.since(), (a, b) -> a.isBefore(b) ? a : b);
		}
		statistics.observed(counts, oldest);
	}

	private static NewAlert newAlert(Firing firing, Instant now) {
		var incident = firing.incident();
		return new NewAlert(UUID.randomUUID(), firing.key(), firing.rule().name(), incident.summary(), incident.link(),
				incident.since(), now);
	}
}
