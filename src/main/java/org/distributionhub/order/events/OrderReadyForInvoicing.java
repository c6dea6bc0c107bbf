package org.distributionhub.order.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * What may be invoiced now: by the order's invoicing policy either one shipment ({@code PER_SHIPMENT}) or the whole
 * order once every line is shipped or cancelled ({@code PER_ORDER}). {@code shipmentIds} are the shipments billed;
 * the gateway posts the invoice only after their shipment postings.
 */
public record OrderReadyForInvoicing(UUID eventId, CorrelationId correlationId, String orderId, String channel,
		String externalOrderId, String customer, String invoiceReference, List<String> shipmentIds,
		List<InvoiceLine> lines, Instant readyAt) implements IntegrationEvent {

	public OrderReadyForInvoicing {
		shipmentIds = List.copyOf(shipmentIds);
		lines = List.copyOf(lines);
	}

	/** A billed quantity of one order line at its unit price (null: the ERP's price list applies). */
	public record InvoiceLine(int lineNumber, Sku sku, Quantity quantity, @Nullable Money unitPrice) {
	}
}
