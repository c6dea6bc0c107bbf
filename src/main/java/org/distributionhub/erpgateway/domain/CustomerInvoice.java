package org.distributionhub.erpgateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * CUSTOMER_INVOICE: the sales order it bills (by the OMS's order number), the customer's code in the ERP, the invoice
 * date and currency, and the billed lines. The hub's order id, channel, invoice reference, shipments and time are for
 * file ERPs.
 */
@ValueObject
public record CustomerInvoice(String orderNumber, String customer, @Nullable LocalDate invoiceDate,
		@Nullable String currency, @Nullable String orderId, @Nullable String channel, @Nullable String invoiceReference,
		List<String> shipmentIds, @Nullable Instant readyAt, List<Line> lines) implements PostingPayload {

	public CustomerInvoice {
		PayloadRules.requireText(orderNumber, "orderNumber");
		PayloadRules.requireText(customer, "customer");
		shipmentIds = List.copyOf(shipmentIds);
		lines = PayloadRules.requireLines(lines);
	}

	/**
	 * The invoice of what an order may bill, dated the UTC day it became ready, in the one currency of its priced lines
	 * (none when no line has a price: the ERP's price list applies).
	 */
	public static CustomerInvoice billing(String orderId, String orderNumber, String channel, String customer,
			String invoiceReference, List<String> shipmentIds, Instant readyAt, List<BilledLine> lines) {
		var currency = OneCurrencyRule.currencyOf("Invoice %s of order %s".formatted(invoiceReference, orderId),
				lines.stream().map(BilledLine::unitPrice).toList());
		return new CustomerInvoice(orderNumber, customer, LocalDate.ofInstant(readyAt, ZoneOffset.UTC), currency,
				orderId, channel, invoiceReference, shipmentIds, readyAt, lines.stream().map(BilledLine::line).toList());
	}

	@Override
	public PostingType type() {
		return PostingType.CUSTOMER_INVOICE;
	}

	@Override
	public <R> R map(Function<AcknowledgementUpdate, R> acknowledgementUpdate, Function<GoodsReceipt, R> goodsReceipt,
			Function<Shipment, R> shipment, Function<CustomerInvoice, R> customerInvoice,
			Function<VendorBill, R> vendorBill) {
		return customerInvoice.apply(this);
	}

	/** A billed line; without a unit price the ERP's price list applies. */
	public record Line(@Nullable Integer lineNumber, String sku, BigDecimal quantity, @Nullable String unit,
			@Nullable BigDecimal unitPrice) {

		public Line {
			PayloadRules.requireText(sku, "sku");
		}
	}

	/** A line as the order bills it, priced in money of any currency until the invoice checks there is one. */
	public record BilledLine(int lineNumber, Sku sku, Quantity quantity, @Nullable Money unitPrice) {

		Line line() {
			return new Line(lineNumber, sku.code(), quantity.amount(), quantity.unit().code(),
					unitPrice == null ? null : unitPrice.amount());
		}
	}
}
