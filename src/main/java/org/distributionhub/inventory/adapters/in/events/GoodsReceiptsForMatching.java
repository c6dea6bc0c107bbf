package org.distributionhub.inventory.adapters.in.events;

import org.distributionhub.inventory.events.GoodsReceived;
import org.distributionhub.supplier.api.RecordGoodsReceipts;
import org.distributionhub.supplier.api.RecordGoodsReceipts.GoodsReceipt;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells procurement of the warehouse's receipts of our purchase orders, for the three-way match of supplier
 * invoices; a receipt that names no purchase order is not procurement's concern.
 */
@Component
class GoodsReceiptsForMatching {

	static final String GOODS_RECEIVED = "inventory.goods-received.invoice-matching";

	private final RecordGoodsReceipts receipts;

	GoodsReceiptsForMatching(RecordGoodsReceipts receipts) {
		this.receipts = receipts;
	}

	@ApplicationModuleListener(id = GOODS_RECEIVED)
	void on(GoodsReceived received) {
		if (received.poNumber() == null) {
			return;
		}
		receipts.received(new GoodsReceipt(received.warehouse(), received.receiptId(), received.poNumber(),
				received.receivedAt(),
				received.lines()
					.stream()
					.map(line -> new RecordGoodsReceipts.Line(line.poLineNumber(), line.sku().code(),
							line.quantity().amount(), line.quantity().unit().code()))
					.toList()));
	}
}
