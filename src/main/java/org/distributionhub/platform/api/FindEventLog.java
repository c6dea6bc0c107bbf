package org.distributionhub.platform.api;

import java.util.function.Consumer;

/** The full event publication log for auditors: pending, completed (archived) and dead-lettered publications. */
public interface FindEventLog {

	PageOf<EventLogEntryView> find(EventLogFilter filter, int page, int size);

	/** Hands every matching entry to the consumer, newest first, without holding them all in memory. */
	void forEach(EventLogFilter filter, Consumer<EventLogEntryView> consumer);
}
