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
 * The ERP released (confirmed) a purchase order, or changed one it had released. The ERP gateway publishes it for
 * the POs it reads from the ERP; the Supplier module takes it in as it takes POs from its API. The Supplier module
 * owns this contract so that the gateway depends on it and not the other way round (ADR 0007).
 */
public record PurchaseOrderReleased(UUID eventId, CorrelationId correlationId, String supplierId, String poNumber,
		int revision, LocalDate orderDate, String shipTo, @Nullable String currency, List<Line> lines,
		String source) implements IntegrationEvent {

	public PurchaseOrderReleased {
		lines = List.copyOf(lines);
	}

	/** One ordered line as the ERP holds it. */
	public record Line(String lineNumber, Sku sku, Quantity quantity, @Nullable Money unitPrice,
			LocalDate requestedDate) {
	}
}
