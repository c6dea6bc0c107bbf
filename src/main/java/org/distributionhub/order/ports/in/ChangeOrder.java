package org.distributionhub.order.ports.in;

/**
 * Replaces an order's content with what the channel now sends ({@code OrderChanged} with the next revision); the same
 * content is UNCHANGED. Refused ({@link OrderConflict}) for a cancelled or fully shipped order, and below what the
 * warehouse already picked or dispatched.
 */
public interface ChangeOrder {

	OrderReceipt change(String orderId, OrderCommand command);
}
