package org.distributionhub.inventory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * An allocated order line's state as a whole, for storing, restoring and telling: amounts in {@code unit};
 * {@code sequence} is its place in its position's queue (oldest first); {@code version} counts its allocation
 * decisions; a released line (removed from its order, or its order cancelled) holds nothing.
 */
@ValueObject
public record AllocatedLineSnapshot(OrderLineKey key, CorrelationId correlationId, String warehouse, Sku sku,
		UnitOfMeasure unit, long sequence, BigDecimal ordered, BigDecimal reserved, BigDecimal backordered,
		BigDecimal dispatched, @Nullable LocalDate promiseDate, @Nullable Refusal refusal, boolean released,
		long version) {

	public AllocatedLineSnapshot {
		ordered = Amounts.normal(ordered);
		reserved = Amounts.normal(reserved);
		backordered = Amounts.normal(backordered);
		dispatched = Amounts.normal(dispatched);
		if (ordered.signum() < 0 || reserved.signum() < 0 || backordered.signum() < 0 || dispatched.signum() < 0) {
			throw new IllegalArgumentException("Order line " + key + " holds a negative amount");
		}
	}

	public PositionKey position() {
		return new PositionKey(warehouse, sku);
	}

	/** What is still to ship: ordered less dispatched. */
	public BigDecimal open() {
		return Amounts.atLeastZero(ordered.subtract(dispatched));
	}

	public boolean holdsStock() {
		return !released && refusal == null;
	}
}
