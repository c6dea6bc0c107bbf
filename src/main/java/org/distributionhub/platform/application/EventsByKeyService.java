package org.distributionhub.platform.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.FindEventsByKey;
import org.distributionhub.platform.ports.out.AppliedStates;
import org.distributionhub.platform.ports.out.AppliedStates.Delivery;
import org.distributionhub.platform.ports.out.PublicationKeys;
import org.distributionhub.platform.ports.out.PublicationKeys.KeyedId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the publications about a business key through the keys recorded at publication (docs/adr/0018). */
@Service
@Transactional(readOnly = true)
class EventsByKeyService implements FindEventsByKey {

	private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
	private static final Pattern CORRELATION = Pattern
		.compile("\"correlationId\"\\s*:\\s*(?:\\{\\s*\"value\"\\s*:\\s*)?\"([^\"]+)\"");
	private static final Pattern PO_NUMBER = Pattern.compile("\"poNumber\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");

	private final PublicationKeys keys;
	private final AppliedStates appliedStates;

	EventsByKeyService(PublicationKeys keys, AppliedStates appliedStates) {
		this.keys = keys;
		this.appliedStates = appliedStates;
	}

	@Override
	public KeyedEvents about(String key, int limit) {
		List<KeyedId> newest = keys.newest(key.strip(), limit + 1);
		boolean truncated = newest.size() > limit;
		List<KeyedId> kept = truncated ? newest.subList(0, limit) : newest;
		Set<String> kinds = new LinkedHashSet<>();
		List<UUID> ids = new ArrayList<>();
		kept.forEach(id -> {
			kinds.add(id.kind());
			ids.add(id.publicationId());
		});
		var failures = keys.failures(ids);
		var deadLetters = keys.deadLetters(ids);
		var entries = keys.publications(ids);
		var superseded = appliedStates.supersededOf(entries.stream()
			.flatMap(entry -> eventId(entry).map(eventId -> new Delivery(entry.listenerId(), eventId)).stream())
			.toList());
		Set<String> poNumbers = new LinkedHashSet<>();
		Set<String> orderIds = new LinkedHashSet<>();
		List<KeyedPublication> publications = new ArrayList<>();
		for (EventLogEntryView entry : entries) {
			all(PO_NUMBER, entry.payload(), poNumbers);
			all(ORDER_ID, entry.payload(), orderIds);
			EventLogEntryView withWords = eventId(entry)
				.map(eventId -> entry.withSuperseded(superseded.get(new Delivery(entry.listenerId(), eventId))))
				.orElse(entry);
			var letter = deadLetters.get(entry.publicationId());
			publications.add(new KeyedPublication(withWords, eventId(entry).orElse(null), first(CORRELATION, entry.payload()),
					failures.getOrDefault(entry.publicationId(), List.of()), letter == null ? null : letter.at(),
					letter == null ? null : letter.reason()));
		}
		publications.sort(Comparator.comparing((KeyedPublication p) -> p.entry().publishedAt())
			.thenComparing(p -> p.entry().listenerId()));
		return new KeyedEvents(kinds, publications, poNumbers, orderIds, truncated);
	}

	private static java.util.Optional<UUID> eventId(EventLogEntryView entry) {
		return java.util.Optional.ofNullable(first(EVENT_ID, entry.payload())).map(UUID::fromString);
	}

	private static @Nullable String first(Pattern pattern, String payload) {
		var matcher = pattern.matcher(payload);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static void all(Pattern pattern, String payload, Set<String> into) {
		var matcher = pattern.matcher(payload);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}
}
