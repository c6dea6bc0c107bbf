package org.distributionhub.console.alerting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.distributionhub.console.alerting.ports.in.InvalidAlertRule;
import org.distributionhub.console.ports.in.Incident;
import org.distributionhub.console.ports.in.IncidentKind;

/**
 * When a person is told: the incident kinds a rule watches, how many of them must be current at once (minCount) and
 * how old each must be (minAge). While at least minCount incidents of those kinds are at least minAge old, each of
 * them raises an alert of its own.
 */
public record AlertRule(String id, String name, Set<IncidentKind> kinds, int minCount, Duration minAge,
		boolean enabled) {

	public static final int MAX_ID_LENGTH = 100;

	public AlertRule {
		id = id.strip();
		name = name.strip();
		if (id.isEmpty() || id.length() > MAX_ID_LENGTH || !id.matches("[a-z0-9][a-z0-9-]*")) {
			throw new InvalidAlertRule("id",
					"A rule id is 1 to " + MAX_ID_LENGTH + " lower-case letters, digits and dashes: '" + id + "'");
		}
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidAlertRule("name", "A rule needs a name of at most 200 characters");
		}
		if (kinds.isEmpty()) {
			throw new InvalidAlertRule("kinds", "A rule names at least one incident kind");
		}
		if (minCount < 1) {
			throw new InvalidAlertRule("minCount", "A rule's minimum count is at least 1, not " + minCount);
		}
		if (minAge.isNegative()) {
			throw new InvalidAlertRule("minAge", "A rule's minimum age cannot be negative");
		}
		kinds = Set.copyOf(EnumSet.copyOf(kinds));
	}

	/** The incidents this rule raises an alert for at {@code now}: none while fewer than minCount are old enough. */
	public List<Incident> raisedBy(List<Incident> incidents, Instant now) {
		if (!enabled) {
			return List.of();
		}
		List<Incident> meeting = incidents.stream()
			.filter(incident -> kinds.contains(incident.kind()))
			.filter(incident -> !incident.since().plus(minAge).isAfter(now))
			.toList();
		return meeting.size() >= minCount ? meeting : List.of();
	}

	/** The kinds in their declared order, as the console and the API list them. */
	public List<IncidentKind> sortedKinds() {
		return kinds.stream().sorted().toList();
	}
}
