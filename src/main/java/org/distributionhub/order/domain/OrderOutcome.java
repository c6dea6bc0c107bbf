package org.distributionhub.order.domain;

import java.time.Instant;
import java.util.List;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/** What an order decided that others must hear of; the application service turns each into an event. */
public sealed interface OrderOutcome {

	/** A line's promise differs from what the OMS was last told ({@code previous} null: told nothing yet). */
	record PromiseMoved(int lineNumber, Sku sku, Quantity reserved, Quantity backordered, @Nullable Promise previous,
			Promise current, long version) implements OrderOutcome {
	}

	/** A dispatched shipment is final: its picks cover it and its lines' allocation is final. */
	record ShipmentReleased(String shipmentId, List<WarehouseLine> lines, Instant dispatchedAt)
			implements OrderOutcome {
	}

	/** Shipments that may be invoiced now, with the quantities billed. */
	record InvoiceReady(String invoiceReference, List<String> shipmentIds, List<InvoicedLine> lines)
			implements OrderOutcome {
	}

	/** A billed quantity of one line at its unit price (null: the ERP's price list applies). */
	record InvoicedLine(int lineNumber, Sku sku, Quantity quantity, @Nullable Money unitPrice) {
	}
}
