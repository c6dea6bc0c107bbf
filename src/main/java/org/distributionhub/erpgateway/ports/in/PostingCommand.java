package org.distributionhub.erpgateway.ports.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/** A business fact the ERP must hear of, one record per posting type; the core derives its keys and rules. */
public sealed interface PostingCommand {

	/** A supplier's acknowledgement of a purchase order, told by the event {@code eventId}. */
	record AcknowledgementUpdateCommand(UUID eventId, String poNumber, String supplierId, String acknowledgementId,
			String channel, List<ConfirmedLine> lines) implements PostingCommand {
	}

	/**
	 * A confirmed line, or one dated delivery of it when the supplier split it: the quantity, date and price, the
	 * item the supplier substitutes for the ordered SKU if any, and the supplier's outcomes by name.
	 */
	record ConfirmedLine(String lineNumber, Sku sku, Quantity quantity, @Nullable LocalDate date,
			@Nullable Money unitPrice, @Nullable Sku substitute, Set<String> outcomes) {
	}

	/** Goods received against a purchase order. */
	record GoodsReceiptCommand(String poNumber, String receiptId, String warehouse, Instant receivedAt,
			List<MovedLine> lines) implements PostingCommand {
	}

	/** A final shipment of a customer order, which the ERP knows by the OMS's {@code orderNumber}. */
	record ShipmentCommand(String orderId, String orderNumber, String channel, String customer, String shipmentId,
			String warehouse, Instant dispatchedAt, List<MovedLine> lines) implements PostingCommand {
	}

	/** A line that moved; {@code lineNumber} names the document's line where known. */
	record MovedLine(@Nullable String lineNumber, Sku sku, Quantity quantity) {
	}

	/** What an order may bill, after the shipments it names. */
	record CustomerInvoiceCommand(String orderId, String orderNumber, String channel, String customer,
			String invoiceReference, List<String> shipmentIds, Instant readyAt, List<BilledLine> lines)
			implements PostingCommand {
	}

	/** A billed line; without a unit price the ERP's price list applies. */
	record BilledLine(int lineNumber, Sku sku, Quantity quantity, @Nullable Money unitPrice) {
	}

	/**
	 * A supplier invoice or credit note matched with its purchase order, in {@code currency}, after the goods receipts
	 * it names; approval by whom and why when a held invoice was approved.
	 */
	record VendorBillCommand(String supplierId, String invoiceNumber, String poNumber, boolean creditNote,
			@Nullable String originalInvoiceNumber, LocalDate invoiceDate, String currency, List<SupplierLine> lines,
			List<SupplierCharge> charges, BigDecimal total, List<ReceiptRef> receipts, @Nullable String approvedBy,
			@Nullable String approvalReason) implements PostingCommand {
	}

	/** An invoiced PO line: the PO's line number, SKU, quantity in its unit, unit price and line amount. */
	record SupplierLine(String poLineNumber, Sku sku, Quantity quantity, BigDecimal unitPrice, BigDecimal amount) {
	}

	/** A tax (TAX), charge (CHARGE) or allowance (ALLOWANCE, negative amount) of a supplier invoice. */
	record SupplierCharge(String kind, String description, BigDecimal amount) {
	}

	/** A goods receipt by its warehouse and receipt id. */
	record ReceiptRef(String warehouse, String receiptId) {
	}
}
