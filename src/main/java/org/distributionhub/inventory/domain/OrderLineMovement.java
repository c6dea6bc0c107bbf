package org.distributionhub.inventory.domain;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/** A quantity of one order line that left the warehouse. */
@ValueObject
public record OrderLineMovement(int lineNumber, Sku sku, Quantity quantity) {
}
