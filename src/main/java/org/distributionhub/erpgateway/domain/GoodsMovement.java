package org.distributionhub.erpgateway.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Goods that moved against a document: a receipt against a purchase order or a shipment of a sales order. The ERP
 * adapters treat both alike: the document, what happens to the remainder, and the quantities per line.
 */
public sealed interface GoodsMovement extends PostingPayload permits GoodsReceipt, Shipment {

	/** The PO number of a receipt, the sales order number of a shipment. */
	String document();

	/** What happens to what did not move; null leaves it to the adapter's configuration. */
	@Nullable
	Remainder remainder();

	List<MovementLine> lines();
}
