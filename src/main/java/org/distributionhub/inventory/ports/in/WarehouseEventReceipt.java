package org.distributionhub.inventory.ports.in;

import java.time.Instant;

/** The answer to a warehouse message: APPLIED when it was first taken in; {@code duplicate} when sent again since. */
public record WarehouseEventReceipt(String eventId, String type, String status, boolean duplicate,
		Instant receivedAt) {
}
