package org.distributionhub.platform.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** How many event publications were made per hour, and what is still waiting for delivery. */
public interface FindEventActivity {

	/**
	 * Publications (one per event and listener, archived or not) per hour from {@code from} up to {@code to}, hours
	 * without any left out.
	 */
	List<HourlyCount> publishedPerHour(Instant from, Instant to);

	EventBacklog backlog();

	/** Publications not yet completed and when the oldest of them was published. */
	record EventBacklog(long incomplete, @Nullable Instant oldestPublishedAt) {
	}
}
