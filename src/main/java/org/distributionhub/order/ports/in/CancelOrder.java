package org.distributionhub.order.ports.in;

/** Cancels an order ({@code OrderCancelled}); again is UNCHANGED; refused ({@link OrderConflict}) once dispatched. */
public interface CancelOrder {

	OrderReceipt cancel(String orderId, String reason);
}
