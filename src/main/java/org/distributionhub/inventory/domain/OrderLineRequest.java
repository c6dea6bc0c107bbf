package org.distributionhub.inventory.domain;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/** One line of an order revision as the channel states it. */
@ValueObject
public record OrderLineRequest(int lineNumber, Sku sku, Quantity quantity) {
}
