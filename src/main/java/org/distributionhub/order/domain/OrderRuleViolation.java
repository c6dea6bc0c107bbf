package org.distributionhub.order.domain;

/** An order refuses what its state does not allow (changing a cancelled order, cancelling a dispatched one, ...). */
public class OrderRuleViolation extends RuntimeException {

	public OrderRuleViolation(String message) {
		super(message);
	}
}
