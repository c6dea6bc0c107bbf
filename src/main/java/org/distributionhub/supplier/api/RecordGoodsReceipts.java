package org.distributionhub.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The warehouse's goods receipts of our purchase orders, told to procurement for the three-way match of supplier
 * invoices. The inventory module calls it from its own {@code GoodsReceived} event, delivered by the event
 * publication registry (ADR 0022): idempotent by warehouse and receipt id; a receipt for a PO we do not know is
 * ignored and said so.
 */
public interface RecordGoodsReceipts {

	/** True if the receipt was recorded now, false if it was known already or names no PO of ours. */
	boolean received(GoodsReceipt receipt);

	record GoodsReceipt(String warehouse, String receiptId, String poNumber, Instant receivedAt, List<Line> lines) {

		public GoodsReceipt {
			lines = List.copyOf(lines);
		}
	}

	/** A received quantity of a SKU, for a PO line if the warehouse named one; unit as our UnitOfMeasure code. */
	record Line(@Nullable String poLineNumber, String sku, BigDecimal quantity, String unit) {
	}
}
