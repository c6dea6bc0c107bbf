package org.distributionhub.console.adapters.in.web;

import java.util.List;

import org.distributionhub.platform.api.EventLogEntryView;

/**
 * The event log export's columns: times in ISO-8601 UTC, the payload exactly as stored, and what the delivery left as
 * superseded (empty when it applied everything).
 */
final class EventLogCsv {

	static final List<String> HEADER = List.of("publication_id", "event_type", "listener", "status", "published_at",
			"completed_at", "attempts", "payload", "superseded");

	private EventLogCsv() {
	}

	static List<String> row(EventLogEntryView entry) {
		return List.of(entry.publicationId().toString(), entry.eventType(), entry.listenerId(), entry.status().name(),
				CsvDownload.iso(entry.publishedAt()), CsvDownload.iso(entry.completedAt()), Integer.toString(entry.attempts()),
				entry.payload(), entry.superseded() == null ? "" : entry.superseded());
	}
}
