package org.distributionhub.inventory.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.inventory.ports.out.WarehouseEventLog;

/** The warehouse event log in memory; the tests roll it back by hand when a refusal would roll the database back. */
public class InMemoryWarehouseEventLog implements WarehouseEventLog {

	public final Map<String, LoggedWarehouseEvent> entries = new LinkedHashMap<>();

	@Override
	public synchronized boolean addIfAbsent(LoggedWarehouseEvent entry) {
		return entries.putIfAbsent(entry.eventId(), entry) == null;
	}

	@Override
	public synchronized Optional<LoggedWarehouseEvent> find(String eventId) {
		return Optional.ofNullable(entries.get(eventId));
	}
}
