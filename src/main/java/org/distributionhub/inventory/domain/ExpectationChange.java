package org.distributionhub.inventory.domain;

import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/** A purchase order line's expected deliveries before and after one fact was applied to it. */
@ValueObject
public record ExpectationChange(PurchaseOrderLine line, Sku sku, String location, Schedule before, Schedule after,
		ChangeCause cause) {

	/** Whether the line now expects something else; applying a fact again changes nothing. */
	public boolean isEffective() {
		return !before.equals(after);
	}
}
