package org.distributionhub.console.ports.in;

import java.time.Instant;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a business object: when, what kind of thing ({@code message-in}, {@code message-out},
 * {@code event}, {@code delivery-failed}, {@code dead-lettered}, {@code oms-notification}, {@code erp-posting},
 * {@code purchase-order}, {@code order}, {@code promise-change}, {@code admin-action}), the module it comes from, one
 * sentence, the console page with its detail, and the flow it belongs to when known.
 */
public record TimelineEntry(Instant at, String kind, String source, String summary, String link,
		@Nullable String correlationId) {

	/** Oldest first; at the same instant, by kind and summary so the order is stable. */
	public static final Comparator<TimelineEntry> IN_TIME_ORDER = Comparator.comparing(TimelineEntry::at)
		.thenComparing(TimelineEntry::kind)
		.thenComparing(TimelineEntry::summary);
}
