package org.distributionhub.inventory.domain;

import java.math.BigDecimal;

import org.distributionhub.shared.UnitOfMeasure;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A stock position's state as a whole, for storing and restoring it: amounts in the position's {@code unit};
 * {@code lastSequence} numbers the order lines it took in, oldest first.
 */
@ValueObject
public record StockPositionSnapshot(PositionKey key, UnitOfMeasure unit, BigDecimal onHand, BigDecimal reserved,
		BigDecimal backordered, BigDecimal dispatched, long lastSequence) {

	public StockPositionSnapshot {
		onHand = Amounts.normal(onHand);
		reserved = Amounts.normal(reserved);
		backordered = Amounts.normal(backordered);
		dispatched = Amounts.normal(dispatched);
		if (onHand.signum() < 0 || reserved.signum() < 0 || backordered.signum() < 0 || dispatched.signum() < 0) {
			throw new IllegalArgumentException("Stock position " + key + " holds a negative amount");
		}
	}

	public BigDecimal free() {
		return Amounts.atLeastZero(onHand.subtract(reserved));
	}
}
