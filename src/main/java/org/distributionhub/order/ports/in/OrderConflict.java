package org.distributionhub.order.ports.in;

/** What was asked contradicts the order as it stands (other content under known ids, a change after dispatch, ...). */
public class OrderConflict extends RuntimeException {

	public OrderConflict(String message) {
		super(message);
	}
}
