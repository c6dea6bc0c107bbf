package org.distributionhub.supplier.procurement.domain;

import java.time.LocalDate;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * One thing a supplier said of a line (an X12 ACK, an EDIFACT LIN action, a portal item acknowledgement) in our
 * terms: its meaning, the quantity in our unit if it gave one, its date, the new price, the substitute item.
 */
@ValueObject
public record LineStatement(StatusMeaning meaning, @Nullable Quantity quantity, @Nullable LocalDate date,
		@Nullable Money price, @Nullable Sku substitute, @Nullable String reason) {

	public LineStatement {
		if (quantity != null && quantity.amount().signum() < 0) {
			throw new IllegalArgumentException("A stated quantity is zero or more");
		}
	}

	public static LineStatement of(LineStatus status, @Nullable Quantity quantity, @Nullable LocalDate date) {
		return new LineStatement(StatusMeaning.of(status), quantity, date, null, null, null);
	}

	boolean hasQuantity() {
		return quantity != null;
	}
}
