package org.distributionhub.erpgateway.adapters.in.events;

import java.time.Instant;
import java.util.List;

import org.distributionhub.erpgateway.ports.in.RecordPosting;
import org.distributionhub.erpgateway.ports.in.RecordPosting.RecordPostingCommand;
import org.distributionhub.inventory.events.GoodsReceived;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A receipt against a purchase order becomes its GOODS_RECEIPT posting under the PO's business key PO:poNumber,
 * after the acknowledgement updates recorded before it; idempotency key receipt:warehouse:receiptId. A receipt
 * without a PO number has nothing in the ERP to be received against and is not posted.
 */
@Component
class ErpGoodsReceiptListener {

	static final String LISTENER_ID = "erpgateway.goods-receipt";

	private static final Logger LOG = LoggerFactory.getLogger(ErpGoodsReceiptListener.class);

	private final RecordPosting record;
	private final JsonMapper json;

	ErpGoodsReceiptListener(RecordPosting record, JsonMapper json) {
		this.record = record;
		this.json = json;
	}

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(GoodsReceived received) {
		String poNumber = received.poNumber();
		if (poNumber == null || poNumber.isBlank()) {
			LOG.info("Receipt {} at {} names no purchase order; nothing to post to the ERP", received.receiptId(),
					received.warehouse());
			return;
		}
		record.record(new RecordPostingCommand("GOODS_RECEIPT", "PO:" + poNumber,
				json.writeValueAsString(payload(poNumber, received)),
				"receipt:" + received.warehouse() + ":" + received.receiptId()));
	}

	private static ReceiptPayload payload(String poNumber, GoodsReceived received) {
		return new ReceiptPayload(poNumber, null, received.receiptId(), received.warehouse(), received.receivedAt(),
				received.lines().stream()
					.map(line -> MovementLinePayload.of(line.poLineNumber(), line.sku(), line.quantity()))
					.toList());
	}

	/** The GOODS_RECEIPT payload the ERP adapters read: poNumber, remainder and lines; the rest is for file ERPs. */
	record ReceiptPayload(String poNumber, @Nullable String remainder, String receiptId, String warehouse,
			Instant receivedAt, List<MovementLinePayload> lines) {
	}
}
