package org.distributionhub.platform.ports.in;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The event delivery backlog as last sampled, and whether intake is to be refused for it (back-pressure). */
public interface FindBacklog {

	BacklogView backlog();

	/**
	 * waiting publications, the oldest one's age and the in-memory listener queue; refusing when back-pressure is on
	 * and a limit is passed; sampledAt null before the first sample.
	 */
	record BacklogView(long waiting, Duration oldestAge, int queued, boolean refusing, long maxBacklog,
			Duration maxAge, Duration retryAfter, @Nullable Instant sampledAt) {
	}
}
