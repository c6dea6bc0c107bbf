package org.distributionhub.order.domain;

import java.time.Instant;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Everything a customer order holds, for storing and showing it. Lines include those the channel removed (as
 * CANCELLED); {@code invoices} counts the invoice references handed out.
 */
@ValueObject
public record OrderSnapshot(OrderId id, String customer, String warehouse, Invoicing invoicing, int revision,
		Instant placedAt, Instant updatedAt, @Nullable Instant cancelledAt, @Nullable String cancelReason,
		int invoices, List<OrderLineSnapshot> lines, List<ShipmentSnapshot> shipments, List<Pick> picks) {

	public OrderSnapshot {
		lines = List.copyOf(lines);
		shipments = List.copyOf(shipments);
		picks = List.copyOf(picks);
	}
}
