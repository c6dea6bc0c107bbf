package org.distributionhub.console.alerting.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.distributionhub.console.alerting.domain.AlertKey;
import org.distributionhub.console.alerting.ports.in.AlertView;
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

	PageOf<AlertView> find(boolean openOnly, int page, int size);

	/** An alert to record as fired. */
	record NewAlert(UUID id, AlertKey key, String ruleName, String summary, String link, Instant since,
			Instant firedAt) {
	}
}
