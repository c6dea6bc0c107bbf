package org.distributionhub.inventory.domain;

/** What a warehouse (WMS) reports: a pick, a dispatch of an order, a receipt of goods, a correction of on hand. */
public enum WarehouseEventType {

	PICK_CONFIRMED, SHIPMENT_DISPATCHED, GOODS_RECEIVED, STOCK_ADJUSTED;

	/** Whether the event is about a customer order and names its lines by number. */
	public boolean isAboutAnOrder() {
		return this == PICK_CONFIRMED || this == SHIPMENT_DISPATCHED;
	}

	/** Whether a line's quantity is a signed change rather than a positive amount. */
	public boolean isSignedChange() {
		return this == STOCK_ADJUSTED;
	}
}
