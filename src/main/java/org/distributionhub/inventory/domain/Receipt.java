package org.distributionhub.inventory.domain;

import org.distributionhub.shared.Quantity;
import org.jmolecules.ddd.annotation.ValueObject;

/** What one warehouse receipt took in of a purchase order line: it is no longer expected. */
@ValueObject
public record Receipt(String receiptId, Quantity quantity) {

	public Receipt {
		if (receiptId.isBlank()) {
			throw new IllegalArgumentException("A receipt needs the id the warehouse gave it");
		}
	}
}
