package org.distributionhub.supplier.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/** A supplier announced a shipment (X12 856 / DESADV): goods for these purchase order lines are on their way. */
public record ShipNoticeReceived(UUID eventId, CorrelationId correlationId, String supplierId, String shipmentId,
		@Nullable LocalDate shipDate, @Nullable LocalDate expectedDelivery, List<Line> lines)
		implements IntegrationEvent {

	public ShipNoticeReceived {
		lines = List.copyOf(lines);
	}

	/** A shipped quantity of one purchase order line, delivered to {@code shipTo}. */
	public record Line(String poNumber, String lineNumber, Sku sku, String shipTo, Quantity quantity) {
	}
}
