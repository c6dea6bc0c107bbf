package org.distributionhub.erpgateway.domain;

import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * The keys of a posting. The business key orders postings: the postings of one purchase order (PO:poNumber) or one
 * sales order (SO:orderId) reach the ERP in the order they were recorded. The idempotency key names the business
 * fact: recording a fact told twice, even by two events, records it once.
 */
@ValueObject
public record PostingKeys(String businessKey, String idempotencyKey) {

	public PostingKeys {
		if (businessKey.isBlank() || idempotencyKey.isBlank()) {
			throw new IllegalArgumentException("A posting needs a business key and an idempotency key");
		}
	}

	/** An acknowledgement update is the acknowledgement event itself: a redelivered event records nothing. */
	public static PostingKeys of(AcknowledgementUpdate update, UUID eventId) {
		return new PostingKeys(purchaseOrder(update.poNumber()), eventId.toString());
	}

	/** A receipt follows the earlier changes of its purchase order; it is the receipt at its warehouse. */
	public static PostingKeys of(GoodsReceipt receipt) {
		return new PostingKeys(purchaseOrder(receipt.poNumber()),
				receipt(required(receipt.warehouse(), "warehouse"), required(receipt.receiptId(), "receiptId")));
	}

	/** A shipment is posted under its order, before the order's invoice. */
	public static PostingKeys of(Shipment shipment) {
		String orderId = required(shipment.orderId(), "orderId");
		return new PostingKeys(salesOrder(orderId), shipment(orderId, required(shipment.shipmentId(), "shipmentId")));
	}

	/** An invoice is posted under its order, after the order's shipments. */
	public static PostingKeys of(CustomerInvoice invoice) {
		String orderId = required(invoice.orderId(), "orderId");
		return new PostingKeys(salesOrder(orderId),
				"invoice:%s:%s".formatted(orderId, required(invoice.invoiceReference(), "invoiceReference")));
	}

	/**
	 * A vendor bill follows its purchase order's receipts; it is the supplier's invoice (or credit note) of that number,
	 * whichever event tells it.
	 */
	public static PostingKeys of(VendorBill bill) {
		return new PostingKeys(purchaseOrder(bill.poNumber()), "%s:%s:%s".formatted(
				bill.creditNote() ? "credit-note" : "bill", bill.supplierId(), bill.invoiceNumber()));
	}

	/** The idempotency key of the goods receipt posting of one receipt at its warehouse. */
	public static String receipt(String warehouse, String receiptId) {
		return "receipt:" + warehouse + ":" + receiptId;
	}

	/** The idempotency key of the shipment posting of one shipment of an order. */
	public static String shipment(String orderId, String shipmentId) {
		return "shipment:" + orderId + ":" + shipmentId;
	}

	public static String purchaseOrder(String poNumber) {
		return "PO:" + poNumber;
	}

	public static String salesOrder(String orderId) {
		return "SO:" + orderId;
	}

	private static String required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("The keys of a posting need its " + field);
		}
		return value;
	}
}
