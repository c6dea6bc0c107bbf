package org.distributionhub.order.domain;

import java.time.Instant;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Everything a shipment holds, for storing and showing it: what left, when, and whether it is still held (since
 * {@code receivedAt}, flagged at {@code flaggedAt}) or released, and the invoice that bills it.
 */
@ValueObject
public record ShipmentSnapshot(String shipmentId, String warehouseEventId, List<WarehouseLine> lines,
		@Nullable String carrier, @Nullable String trackingNumber, Instant dispatchedAt, Instant receivedAt,
		@Nullable Hold hold, @Nullable Instant releasedAt, @Nullable Instant flaggedAt,
		@Nullable String invoiceReference) {

	public ShipmentSnapshot {
		lines = List.copyOf(lines);
	}

	public boolean held() {
		return releasedAt == null;
	}
}
