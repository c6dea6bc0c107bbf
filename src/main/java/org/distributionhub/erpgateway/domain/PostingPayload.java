package org.distributionhub.erpgateway.domain;

import java.util.function.Function;

/**
 * What a posting tells the ERP, one record per posting type; the ledger stores it, the ERP adapters map it to their
 * documents. {@link #map} lets an adapter handle each type without casts, and the compiler sees that none is missed.
 */
public sealed interface PostingPayload permits AcknowledgementUpdate, GoodsMovement, CustomerInvoice, VendorBill,
		UnreadablePayload {

	PostingType type();

	/** The answer of the function for this payload's type. */
	<R> R map(Function<AcknowledgementUpdate, R> acknowledgementUpdate, Function<GoodsReceipt, R> goodsReceipt,
			Function<Shipment, R> shipment, Function<CustomerInvoice, R> customerInvoice,
			Function<VendorBill, R> vendorBill);
}
