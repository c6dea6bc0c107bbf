package org.distributionhub.console.alerting.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The notifications waiting to be sent; a hub claims one for a lease before it sends, so no two hubs send it. */
public interface AlertNotifications {

	List<DueNotification> due(Instant now, int limit);

	/** Takes the notification until {@code until}; false if another hub holds it or it is no longer due. */
	boolean claim(UUID id, Instant now, Instant until);

	void sent(UUID id, Instant at);

	/** Records a failed attempt; a null next attempt means it gave up. */
	void failed(UUID id, int attempts, String error, @Nullable Instant nextAttempt);

	/** A notification due on a channel, with the attempts already made. */
	record DueNotification(UUID id, String channel, int attempts, AlertNotice notice) {
	}
}
