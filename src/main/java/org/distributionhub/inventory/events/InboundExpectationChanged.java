package org.distributionhub.inventory.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * What we expect to receive of a SKU at a location from one purchase order line changed: a new PO, a supplier's
 * acknowledgement or ship notice. {@code before} and {@code after} are that line's expected deliveries by date.
 */
public record InboundExpectationChanged(UUID eventId, CorrelationId correlationId, Sku sku, String location,
		String supplierId, String poNumber, String lineNumber, List<Expected> before, List<Expected> after,
		String cause) implements IntegrationEvent {

	public InboundExpectationChanged {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}

	/** A quantity expected on a date; a null date is inbound the supplier has not dated yet. */
	public record Expected(Quantity quantity, @Nullable LocalDate date) {
	}
}
