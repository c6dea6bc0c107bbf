package org.distributionhub.order.domain;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/** A picked or dispatched quantity of one order line. */
@ValueObject
public record WarehouseLine(int lineNumber, Sku sku, Quantity quantity) {
}
