package org.distributionhub.inventory.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** One line of a customer order, as inventory allocates it. */
@ValueObject
public record OrderLineKey(String orderId, int lineNumber) {

	public OrderLineKey {
		if (orderId == null || orderId.isBlank()) {
			throw new IllegalArgumentException("An order line needs its order's id");
		}
	}

	@Override
	public String toString() {
		return orderId + "/" + lineNumber;
	}
}
