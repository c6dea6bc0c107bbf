package org.distributionhub.console.alerting.ports.in;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.distributionhub.console.ports.in.IncidentKind;
import org.jspecify.annotations.Nullable;

/** A rule in force, where it comes from, and who last edited it in the console. */
public record AlertRuleView(String id, String name, List<IncidentKind> kinds, int minCount, Duration minAge,
		boolean enabled, Origin origin, @Nullable Instant updatedAt, @Nullable String updatedBy) {

	public AlertRuleView {
		kinds = List.copyOf(kinds);
	}

	/** CONFIGURED: as in hub.alerting.rules; EDITED: a configured rule an admin changed; ADDED: an admin's own. */
	public enum Origin {
		CONFIGURED, EDITED, ADDED
	}
}
