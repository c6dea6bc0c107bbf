package org.distributionhub.erpgateway.domain;

import java.util.function.Function;

/**
 * A stored payload the hub cannot read as its type (not JSON, or lacking what the type needs), kept as it was stored.
 * It cannot succeed however often it is sent: the dispatcher parks it with the {@code problem} and never sends it.
 */
public record UnreadablePayload(PostingType type, String text, String problem) implements PostingPayload {

	@Override
	public <R> R map(Function<AcknowledgementUpdate, R> acknowledgementUpdate, Function<GoodsReceipt, R> goodsReceipt,
			Function<Shipment, R> shipment, Function<CustomerInvoice, R> customerInvoice,
			Function<VendorBill, R> vendorBill) {
		throw new IllegalStateException("An unreadable " + type.describe() + " payload cannot be sent: " + problem);
	}
}
