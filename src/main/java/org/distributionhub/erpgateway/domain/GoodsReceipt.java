package org.distributionhub.erpgateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** GOODS_RECEIPT: what a warehouse received against a purchase order; receipt, warehouse and time are for file ERPs. */
@ValueObject
public record GoodsReceipt(String poNumber, @Nullable Remainder remainder, @Nullable String receiptId,
		@Nullable String warehouse, @Nullable Instant receivedAt, List<MovementLine> lines) implements GoodsMovement {

	public GoodsReceipt {
		PayloadRules.requireText(poNumber, "poNumber");
		lines = PayloadRules.requireLines(lines);
	}

	@Override
	public String document() {
		return poNumber;
	}

	@Override
	public PostingType type() {
		return PostingType.GOODS_RECEIPT;
	}

	@Override
	public <R> R map(Function<AcknowledgementUpdate, R> acknowledgementUpdate, Function<GoodsReceipt, R> goodsReceipt,
			Function<Shipment, R> shipment, Function<CustomerInvoice, R> customerInvoice,
			Function<VendorBill, R> vendorBill) {
		return goodsReceipt.apply(this);
	}
}
