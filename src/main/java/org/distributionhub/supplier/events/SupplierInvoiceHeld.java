package org.distributionhub.supplier.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * A supplier invoice did not match and waits for a person: {@code reasons} in words (line 2: price 11.00 is 10 %
 * over the PO price 10.00, tolerance 2 %), {@code reasonCodes} for machines (PRICE_OVER_TOLERANCE,
 * QUANTITY_OVER_RECEIVED, NO_RECEIPT_YET, PO_UNKNOWN, DUPLICATE, UNIT_MISMATCH, TOTAL_OVER_TOLERANCE, ...).
 */
public record SupplierInvoiceHeld(UUID eventId, CorrelationId correlationId, String supplierId,
		String invoiceNumber, @Nullable String poNumber, List<String> reasonCodes, List<String> reasons,
		BigDecimal total, String currency) implements IntegrationEvent {

	public SupplierInvoiceHeld {
		reasonCodes = List.copyOf(reasonCodes);
		reasons = List.copyOf(reasons);
	}
}
