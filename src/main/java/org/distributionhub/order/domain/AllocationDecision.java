package org.distributionhub.order.domain;

import java.time.LocalDate;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Inventory's decision on one line, with the line's allocation version: a line keeps a decision only if its version
 * is higher than the one it holds. Quantities are null where the decision names none (a refusal).
 */
@ValueObject
public record AllocationDecision(int lineNumber, Sku sku, Allocation status, @Nullable Quantity reserved,
		@Nullable Quantity backordered, @Nullable LocalDate promiseDate, @Nullable Refusal refusal, long version) {

	public AllocationDecision {
		if (!status.isPromise()) {
			throw new IllegalArgumentException("A decision reserves, backorders or refuses, not " + status);
		}
	}

	public static AllocationDecision reserved(int lineNumber, Sku sku, Quantity reserved, long version) {
		return new AllocationDecision(lineNumber, sku, Allocation.RESERVED, reserved, null, null, null, version);
	}

	/** A backorder of nothing is a reservation; one without a promise date is the explicit "no inbound" state. */
	public static AllocationDecision backordered(int lineNumber, Sku sku, Quantity reserved, Quantity backordered,
			@Nullable LocalDate promiseDate, long version) {
		Allocation status = backordered.isZero() ? Allocation.RESERVED
				: promiseDate == null ? Allocation.NO_INBOUND : Allocation.BACKORDERED;
		return new AllocationDecision(lineNumber, sku, status, reserved, backordered,
				status == Allocation.BACKORDERED ? promiseDate : null, null, version);
	}

	public static AllocationDecision refused(int lineNumber, Sku sku, Refusal refusal, long version) {
		return new AllocationDecision(lineNumber, sku, Allocation.REFUSED, null, null, null, refusal, version);
	}
}
