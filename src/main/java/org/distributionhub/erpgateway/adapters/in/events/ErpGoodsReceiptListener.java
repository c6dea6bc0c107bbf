package org.distributionhub.erpgateway.adapters.in.events;

import org.distributionhub.erpgateway.ports.in.PostingCommand.GoodsReceiptCommand;
import org.distributionhub.erpgateway.ports.in.PostingCommand.MovedLine;
import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.inventory.events.GoodsReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A receipt against a purchase order becomes its goods receipt posting. A receipt without a PO number has nothing in
 * the ERP to be received against and is not posted.
 */
@Component
class ErpGoodsReceiptListener {

	static final String LISTENER_ID = "erpgateway.goods-receipt";

	private static final Logger LOG = LoggerFactory.getLogger(ErpGoodsReceiptListener.class);

	private final RecordPosting record;

	ErpGoodsReceiptListener(RecordPosting record) {
		this.record = record;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(GoodsReceived received) {
		String poNumber = received.poNumber();
		if (poNumber == null || poNumber.isBlank()) {
			LOG.info("Receipt {} at {} names no purchase order; nothing to post to the ERP", received.receiptId(),
					received.warehouse());
			return;
		}
		record.record(new GoodsReceiptCommand(poNumber, received.receiptId(), received.warehouse(),
				received.receivedAt(), received.lines().stream()
					.map(line -> new MovedLine(line.poLineNumber(), line.sku(), line.quantity()))
					.toList()));
	}
}
