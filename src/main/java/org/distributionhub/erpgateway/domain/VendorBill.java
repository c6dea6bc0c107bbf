package org.distributionhub.erpgateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * VENDOR_BILL: a supplier invoice matched with its purchase order, to be billed in the ERP against it; a credit note
 * ({@code creditNote}) is the same bill reversed, naming the invoice it credits when known. Lines are priced in the one
 * {@code currency}, amounts positive; {@code charges} are taxes, charges and allowances (negative) as the supplier
 * billed them; {@code receipts} are the goods receipts the bill comes after. Approval and total are for file ERPs.
 */
@ValueObject
public record VendorBill(String poNumber, String supplierId, String invoiceNumber, boolean creditNote,
		@Nullable String originalInvoiceNumber, @Nullable LocalDate invoiceDate, @Nullable String currency,
		List<Line> lines, List<Charge> charges, @Nullable BigDecimal total, List<Receipt> receipts,
		@Nullable String approvedBy, @Nullable String approvalReason) implements PostingPayload {

	public VendorBill {
		PayloadRules.requireText(poNumber, "poNumber");
		PayloadRules.requireText(supplierId, "supplierId");
		PayloadRules.requireText(invoiceNumber, "invoiceNumber");
		lines = PayloadRules.requireLines(lines);
		charges = List.copyOf(charges);
		receipts = List.copyOf(receipts);
	}

	@Override
	public PostingType type() {
		return PostingType.VENDOR_BILL;
	}

	@Override
	public <R> R map(Function<AcknowledgementUpdate, R> acknowledgementUpdate, Function<GoodsReceipt, R> goodsReceipt,
			Function<Shipment, R> shipment, Function<CustomerInvoice, R> customerInvoice,
			Function<VendorBill, R> vendorBill) {
		return vendorBill.apply(this);
	}

	/** What people call it: "credit note CN-7 of ACME" or "bill INV-7 of ACME". */
	public String describe() {
		return (creditNote ? "credit note " : "bill ") + invoiceNumber + " of " + supplierId;
	}

	/** A billed PO line: the PO's line number where known, the SKU, quantity and unit, unit price and line amount. */
	public record Line(@Nullable String lineNumber, String sku, BigDecimal quantity, @Nullable String unit,
			BigDecimal unitPrice, @Nullable BigDecimal amount) {

		public Line {
			PayloadRules.requireText(sku, "sku");
		}
	}

	/** A tax, charge or allowance: kind TAX, CHARGE or ALLOWANCE, its description, its amount (allowances negative). */
	public record Charge(String kind, String description, BigDecimal amount) {

		public boolean tax() {
			return kind.equals("TAX");
		}
	}

	/** A goods receipt of the PO the bill follows: its warehouse and receipt id, as the goods receipt posting has them. */
	public record Receipt(String warehouse, String receiptId) {
	}
}
