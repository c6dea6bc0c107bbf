package org.distributionhub.console.alerting.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.distributionhub.console.alerting.domain.AlertKey;
import org.distributionhub.platform.api.PageOf;

/**
 * The alert history. Firing and resolving are claims: of two hubs on one database deciding the same thing, one wins
 * and queues the notifications, the other is told it lost.
 */
public interface Alerts {

	/** The open alerts by key. */
	Map<AlertKey, UUID> open();

	/** Records an open alert and its FIRED notifications per channel; false if one with its key is open already. */
	boolean fire(NewAlert alert, List<String> channels);

	/** Closes an open alert and queues its RESOLVED notifications; false if it was resolved already. */
	boolean resolve(UUID alertId, Instant at, List<String> channels);

	PageOf<AlertRecord> find(boolean openOnly, int page, int size);

	/** An alert to record as fired. */
	record NewAlert(UUID id, AlertKey key, String ruleName, String summary, String link, Instant since,
			Instant firedAt) {
	}

	/** An alert as the history keeps it, with its notifications. */
	record AlertRecord(UUID id, String ruleId, String ruleName, String kind, String businessKey, String summary,
			String link, Instant since, Instant firedAt, @Nullable Instant resolvedAt,
			List<NotificationRecord> notifications) {
	}

	/** A notification on one channel: its transition (FIRED, RESOLVED), status (PENDING, SENT, GAVE_UP), attempts. */
	record NotificationRecord(String transition, String channel, String status, int attempts,
			@Nullable String lastError, @Nullable Instant sentAt, Instant nextAttemptAt) {
	}
}
