package org.distributionhub.inventory.ports.out;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Every warehouse message taken in, by the WMS's event id: what makes a message sent twice apply once. An entry is
 * added in the transaction that applies the message, so a message refused or rolled back leaves none.
 */
public interface WarehouseEventLog {

	/**
	 * Adds the entry unless its event id is logged already, also when another transaction is adding it now (then
	 * waits for it); true if this call added it.
	 */
	boolean addIfAbsent(LoggedWarehouseEvent entry);

	Optional<LoggedWarehouseEvent> find(String eventId);

	/** A message as logged: its content hash tells a duplicate from a conflicting reuse of the id. */
	record LoggedWarehouseEvent(String eventId, String type, String warehouse, String contentHash, String payload,
			String channel, @Nullable String fileName, String correlationId, String status, Instant receivedAt) {
	}
}
