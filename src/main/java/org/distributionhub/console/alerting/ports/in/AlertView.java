package org.distributionhub.console.alerting.ports.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.console.ports.in.IncidentKind;
import org.jspecify.annotations.Nullable;

/** An alert as the history keeps it: the rule and incident behind it, when it fired and resolved, its notifications. */
public record AlertView(UUID id, String ruleId, String ruleName, IncidentKind kind, String businessKey,
		String summary, String link, Instant since, Instant firedAt, @Nullable Instant resolvedAt,
		List<NotificationView> notifications) {

	public AlertView {
		notifications = List.copyOf(notifications);
	}

	public boolean open() {
		return resolvedAt == null;
	}
}
