package org.distributionhub.inventory.application;

import java.time.Instant;

import org.distributionhub.inventory.ports.in.WarehouseMessage;
import org.distributionhub.shared.CorrelationId;

/** A checked, normalized warehouse message about to be applied, and when it happened (when received if unsaid). */
record WarehouseFact(WarehouseMessage message, CorrelationId correlationId, Instant occurredAt) {

	String eventId() {
		return required(message.eventId());
	}

	String warehouse() {
		return required(message.warehouse());
	}

	static <T> T required(@org.jspecify.annotations.Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("A checked warehouse message lacks a required field");
		}
		return value;
	}
}
