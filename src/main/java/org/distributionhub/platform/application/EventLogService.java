package org.distributionhub.platform.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.EventLogFilter;
import org.distributionhub.platform.api.FindEventLog;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.ports.out.AppliedStates;
import org.distributionhub.platform.ports.out.AppliedStates.Delivery;
import org.distributionhub.platform.ports.out.PublicationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the event publication log for auditors, each entry with what its listener left as superseded. */
@Service
@Transactional(readOnly = true)
class EventLogService implements FindEventLog {

	static final int MAX_PAGE_SIZE = 500;

	private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
	private static final int EXPORT_BATCH = 200;

	private final PublicationRegistry registry;
	private final AppliedStates appliedStates;

	EventLogService(PublicationRegistry registry, AppliedStates appliedStates) {
		this.registry = registry;
		this.appliedStates = appliedStates;
	}

	@Override
	public PageOf<EventLogEntryView> find(EventLogFilter filter, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("A page is numbered from 0 and holds 1 to " + MAX_PAGE_SIZE + " entries");
		}
		var found = registry.findLog(filter, page, size);
		return new PageOf<>(withSuperseded(found.items()), found.page(), found.size(), found.total());
	}

	@Override
	public void forEach(EventLogFilter filter, Consumer<EventLogEntryView> consumer) {
		List<EventLogEntryView> batch = new ArrayList<>(EXPORT_BATCH);
		registry.forEachInLog(filter, entry -> {
			batch.add(entry);
			if (batch.size() == EXPORT_BATCH) {
				withSuperseded(batch).forEach(consumer);
				batch.clear();
			}
		});
		withSuperseded(batch).forEach(consumer);
	}

	private List<EventLogEntryView> withSuperseded(List<EventLogEntryView> entries) {
		List<Delivery> deliveries = new ArrayList<>();
		for (EventLogEntryView entry : entries) {
			UUID eventId = eventId(entry.payload());
			if (eventId != null) {
				deliveries.add(new Delivery(entry.listenerId(), eventId));
			}
		}
		if (deliveries.isEmpty()) {
			return entries;
		}
		var superseded = appliedStates.supersededOf(deliveries);
		if (superseded.isEmpty()) {
			return entries;
		}
		return entries.stream().map(entry -> {
			UUID eventId = eventId(entry.payload());
			return eventId == null ? entry
					: entry.withSuperseded(superseded.get(new Delivery(entry.listenerId(), eventId)));
		}).toList();
	}

	private static @Nullable UUID eventId(String payload) {
		var matcher = EVENT_ID.matcher(payload);
		return matcher.find() ? UUID.fromString(matcher.group(1)) : null;
	}
}
