package org.distributionhub.erpgateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * SHIPMENT: what left a warehouse for a sales order, which the ERP knows by the OMS's {@code orderNumber}; the hub's
 * order and shipment ids, channel, customer, warehouse and time are for file ERPs.
 */
@ValueObject
public record Shipment(String orderNumber, @Nullable Remainder remainder, @Nullable String orderId,
		@Nullable String channel, @Nullable String customer, @Nullable String shipmentId, @Nullable String warehouse,
		@Nullable Instant dispatchedAt, List<MovementLine> lines) implements GoodsMovement {

	public Shipment {
		PayloadRules.requireText(orderNumber, "orderNumber");
		lines = PayloadRules.requireLines(lines);
	}

	@Override
	public String document() {
		return orderNumber;
	}

	@Override
	public PostingType type() {
		return PostingType.SHIPMENT;
	}

	@Override
	public <R> R map(Function<AcknowledgementUpdate, R> acknowledgementUpdate, Function<GoodsReceipt, R> goodsReceipt,
			Function<Shipment, R> shipment, Function<CustomerInvoice, R> customerInvoice,
			Function<VendorBill, R> vendorBill) {
		return shipment.apply(this);
	}
}
