package org.distributionhub.console.adapters.in.web;

import java.time.Instant;
import java.util.List;

import org.distributionhub.platform.api.EventLogEntryView;
import org.jspecify.annotations.Nullable;

/** The event log export's columns: times in ISO-8601 UTC, the payload exactly as stored. */
final class EventLogCsv {

	static final List<String> HEADER = List.of("publication_id", "event_type", "listener", "status", "published_at",
			"completed_at", "attempts", "payload");

	private EventLogCsv() {
	}

	static List<String> row(EventLogEntryView entry) {
		return List.of(entry.publicationId().toString(), entry.eventType(), entry.listenerId(), entry.status().name(),
				iso(entry.publishedAt()), iso(entry.completedAt()), Integer.toString(entry.attempts()),
				entry.payload());
	}

	private static String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}
}
