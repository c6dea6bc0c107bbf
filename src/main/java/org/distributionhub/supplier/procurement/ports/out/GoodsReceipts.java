package org.distributionhub.supplier.procurement.ports.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.distributionhub.supplier.procurement.domain.MatchBasis.ReceiptRef;
import org.jspecify.annotations.Nullable;

/** The warehouse's goods receipts of our purchase orders, once per warehouse and receipt id. */
public interface GoodsReceipts {

	/** Records the receipt and its lines; false when this warehouse's receipt id was recorded before. */
	boolean recordFirst(Receipt receipt, Instant now);

	/** The receipts of an order with the PO lines each received. */
	List<ReceiptRef> receiptsOf(String supplierId, String poNumber);

	/** What was received per PO line and unit. */
	List<Received> receivedOf(String supplierId, String poNumber);

	record Receipt(String warehouse, String receiptId, String supplierId, String poNumber, Instant receivedAt,
			List<Line> lines) {

		public Receipt {
			lines = List.copyOf(lines);
		}
	}

	record Line(@Nullable String poLineNumber, String sku, BigDecimal quantity, String unit) {
	}

	record Received(String poLineNumber, String unit, BigDecimal quantity) {
	}
}
