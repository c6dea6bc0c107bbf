package org.distributionhub.order.ports.in;

/** No order is known under the given id. */
public class OrderNotFound extends RuntimeException {

	public OrderNotFound(String orderId) {
		super("No order " + orderId + " is known");
	}
}
