package org.distributionhub.order.domain;

import java.util.Optional;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** One line as the channel ordered it: number, SKU, a quantity above zero and, if sent, the unit price. */
@ValueObject
public record OrderedLine(int lineNumber, Sku sku, Quantity quantity, @Nullable Money unitPrice) {

	/** What the unit a line is ordered in must be, in the words a refusal uses. */
	public static final String UNIT_RULE = "must be a 2 or 3 character unit code such as EA";

	public OrderedLine {
		if (lineNumber < 1) {
			throw new IllegalArgumentException("A line number starts at 1, was " + lineNumber);
		}
		if (quantity.isZero()) {
			throw new IllegalArgumentException("Line " + lineNumber + " orders nothing");
		}
	}

	/** The unit of measure a channel names for a line, if it names one: a 2 or 3 character code, in any case. */
	public static Optional<UnitOfMeasure> unit(@Nullable String code) {
		if (code == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new UnitOfMeasure(code));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
