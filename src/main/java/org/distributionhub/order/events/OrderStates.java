package org.distributionhub.order.events;

import org.distributionhub.shared.StateVersion;

/**
 * Names the order objects events state in {@link StateVersion}s. {@link OrderPlaced}, {@link OrderChanged} and
 * {@link OrderCancelled} state the order at its revision; {@link StockReserved}, {@link StockBackordered} and
 * {@link AllocationRefused} state a line's allocation at the line's allocation version. A listener of all three of a
 * kind keeps the newest whichever of them arrives last.
 */
public final class OrderStates {

	private OrderStates() {
	}

	public static String orderObject(String orderId) {
		return "customer-order:" + orderId;
	}

	public static String lineObject(String orderId, int lineNumber) {
		return "order-line-allocation:" + orderId + "/" + lineNumber;
	}
}
