package org.distributionhub.order.domain;

import java.time.Instant;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A shipment the warehouse reports as dispatched: the goods left. */
@ValueObject
public record Dispatch(String warehouseEventId, String shipmentId, List<WarehouseLine> lines,
		@Nullable String carrier, @Nullable String trackingNumber, Instant dispatchedAt) {

	public Dispatch {
		lines = List.copyOf(lines);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("Shipment " + shipmentId + " has no lines");
		}
	}
}
