package org.distributionhub.order.domain;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** One line as the channel ordered it: number, SKU, a quantity above zero and, if sent, the unit price. */
@ValueObject
public record OrderedLine(int lineNumber, Sku sku, Quantity quantity, @Nullable Money unitPrice) {

	public OrderedLine {
		if (lineNumber < 1) {
			throw new IllegalArgumentException("A line number starts at 1, was " + lineNumber);
		}
		if (quantity.isZero()) {
			throw new IllegalArgumentException("Line " + lineNumber + " orders nothing");
		}
	}
}
