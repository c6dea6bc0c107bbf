package org.distributionhub.order.ports.in;

/**
 * Takes in a customer order from a channel and announces it ({@code OrderPlaced}). Idempotent by channel and external
 * order id: the same content again is UNCHANGED; other content under the same ids is an {@link OrderConflict}.
 */
public interface PlaceOrder {

	OrderReceipt place(OrderCommand command);
}
