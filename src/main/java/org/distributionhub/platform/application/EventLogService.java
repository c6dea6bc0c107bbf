package org.distributionhub.platform.application;

import java.util.function.Consumer;

import org.distributionhub.platform.api.EventLogEntryView;
import org.distributionhub.platform.api.EventLogFilter;
import org.distributionhub.platform.api.FindEventLog;
import org.distributionhub.platform.api.PageOf;
import org.distributionhub.platform.ports.out.PublicationRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the event publication log for auditors. */
@Service
@Transactional(readOnly = true)
class EventLogService implements FindEventLog {

	static final int MAX_PAGE_SIZE = 500;

	private final PublicationRegistry registry;

	EventLogService(PublicationRegistry registry) {
		this.registry = registry;
	}

	@Override
	public PageOf<EventLogEntryView> find(EventLogFilter filter, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("A page is numbered from 0 and holds 1 to " + MAX_PAGE_SIZE + " entries");
		}
		return registry.findLog(filter, page, size);
	}

	@Override
	public void forEach(EventLogFilter filter, Consumer<EventLogEntryView> consumer) {
		registry.forEachInLog(filter, consumer);
	}
}
