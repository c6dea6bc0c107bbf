package org.distributionhub.console.jobs.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a bulk job does to each of its items, and the filter keys that choose them. */
public enum JobKind {

	/** Replays parked documents (a filter: supplier; open ones only). */
	PARKED_REPLAY("replay", "open parked documents", Set.of("supplier")),

	/** Retries parked ERP postings (no filter: every parked posting). */
	ERP_RETRY("retry", "parked ERP postings", Set.of()),

	/** Resubmits failed and dead-lettered deliveries (a filter: type, listener, status). */
	DELIVERY_RESUBMIT("resubmission", "failed and dead-lettered deliveries", Set.of("type", "listener", "status"));

	private final String noun;
	private final String items;
	private final Set<String> filterKeys;

	JobKind(String noun, String items, Set<String> filterKeys) {
		this.noun = noun;
		this.items = items;
		this.filterKeys = filterKeys;
	}

	public String noun() {
		return noun;
	}

	/** The items a filter of this kind chooses from, as people say it. */
	public String items() {
		return items;
	}

	public Set<String> filterKeys() {
		return filterKeys;
	}

	public static Optional<JobKind> named(String name) {
		return Arrays.stream(values()).filter(kind -> kind.name().equals(name.strip().toUpperCase(Locale.ROOT)))
			.findFirst();
	}
}
