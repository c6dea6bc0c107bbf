package org.distributionhub.inventory.ports.in;

import java.time.Instant;

/** An event id the hub took in before came again with other content: the first message stands. */
public class WarehouseEventConflict extends RuntimeException {

	private final String eventId;

	public WarehouseEventConflict(String eventId, Instant firstReceivedAt) {
		super("Event " + eventId + " was taken in on " + firstReceivedAt
				+ " with other content; a changed message needs an event id of its own");
		this.eventId = eventId;
	}

	public String eventId() {
		return eventId;
	}
}
