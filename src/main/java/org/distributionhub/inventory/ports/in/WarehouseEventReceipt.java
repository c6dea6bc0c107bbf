package org.distributionhub.inventory.ports.in;

import java.time.Instant;

import org.distributionhub.inventory.ports.model.WarehouseEventStatus;

/** The answer to a warehouse message: APPLIED when it was first taken in; {@code duplicate} when sent again since. */
public record WarehouseEventReceipt(String eventId, EventType type, WarehouseEventStatus status, boolean duplicate,
		Instant receivedAt) {

	/** What the warehouse reported. */
	public enum EventType {
		PICK_CONFIRMED, SHIPMENT_DISPATCHED, GOODS_RECEIVED, STOCK_ADJUSTED
	}
}
