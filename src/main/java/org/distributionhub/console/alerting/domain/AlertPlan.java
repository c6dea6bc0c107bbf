package org.distributionhub.console.alerting.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.distributionhub.console.ports.in.Incident;

/**
 * One evaluation's decisions: the alerts to fire (a rule raises them and none is open) and the open alerts to
 * resolve (no enabled rule raises them any longer, whether the incident cleared or the rule changed).
 */
public record AlertPlan(List<Firing> toFire, List<AlertKey> toResolve) {

	/** An alert to fire: its key, the rule that raised it and the incident behind it. */
	public record Firing(AlertKey key, AlertRule rule, Incident incident) {
	}

	public static AlertPlan of(List<AlertRule> rules, List<Incident> incidents, Set<AlertKey> open, Instant now) {
		Map<AlertKey, Firing> raised = new LinkedHashMap<>();
		for (AlertRule rule : rules) {
			for (Incident incident : rule.raisedBy(incidents, now)) {
				var key = new AlertKey(rule.id(), incident.kind().name(), incident.businessKey());
				raised.putIfAbsent(key, new Firing(key, rule, incident));
			}
		}
		List<Firing> toFire = raised.values().stream().filter(firing -> !open.contains(firing.key())).toList();
		List<AlertKey> toResolve = open.stream().filter(key -> !raised.containsKey(key)).toList();
		return new AlertPlan(toFire, toResolve);
	}
}
