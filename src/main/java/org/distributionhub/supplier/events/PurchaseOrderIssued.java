package org.distributionhub.supplier.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * A purchase order (or a new revision of one) was taken in and is on its way to the supplier. Each line is expected
 * inbound at {@code shipTo} on its requested date until the supplier says otherwise.
 */
public record PurchaseOrderIssued(UUID eventId, CorrelationId correlationId, String supplierId, String poNumber,
		int revision, String shipTo, List<Line> lines) implements IntegrationEvent {

	public PurchaseOrderIssued {
		lines = List.copyOf(lines);
	}

	/** One ordered line: our SKU, the quantity, the agreed price if any, and the date it should arrive. */
	public record Line(String lineNumber, Sku sku, Quantity quantity, @Nullable Money unitPrice,
			LocalDate requestedDate) {
	}
}
