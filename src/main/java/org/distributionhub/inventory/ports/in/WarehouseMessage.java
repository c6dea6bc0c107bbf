package org.distributionhub.inventory.ports.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One warehouse (WMS) message as it was sent, by API or in a CSV file, before any check: what is missing is null.
 * {@code type} is PICK_CONFIRMED, SHIPMENT_DISPATCHED, GOODS_RECEIVED or STOCK_ADJUSTED; a STOCK_ADJUSTED line's
 * quantity is a signed change, every other quantity is positive. A line without a unit is in EA.
 */
public record WarehouseMessage(@Nullable String eventId, @Nullable String type, @Nullable String warehouse,
		@Nullable Instant occurredAt, @Nullable String orderId, @Nullable String shipmentId, @Nullable String poNumber,
		@Nullable String reason, @Nullable String carrier, @Nullable String trackingNumber, List<Line> lines) {

	public WarehouseMessage {
		lines = List.copyOf(lines);
	}

	/** An order line (pick, dispatch), a PO line or a SKU (receipt) or a SKU (adjustment) and its quantity. */
	public record Line(@Nullable Integer lineNumber, @Nullable String poLineNumber, @Nullable String sku,
			@Nullable BigDecimal quantity, @Nullable String unit) {
	}
}
