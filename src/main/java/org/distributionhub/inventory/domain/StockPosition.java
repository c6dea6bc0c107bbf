package org.distributionhub.inventory.domain;

import java.math.BigDecimal;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.UnitOfMeasure;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * The stock of one SKU in one warehouse: on hand, the part reserved for order lines, what order lines wait for
 * (backordered) and what left for orders (dispatched). Every amount is in the unit first seen for the position;
 * quantities in another unit are refused. The {@link Allocator} moves reservations and backorders together with
 * the lines that hold them.
 */
@AggregateRoot
public final class StockPosition {

	@Identity
	private final PositionKey key;
	private final UnitOfMeasure unit;
	private BigDecimal onHand;
	private BigDecimal reserved;
	private BigDecimal backordered;
	private BigDecimal dispatched;
	private long lastSequence;

	private StockPosition(StockPositionSnapshot state) {
		this.key = state.key();
		this.unit = state.unit();
		this.onHand = state.onHand();
		this.reserved = state.reserved();
		this.backordered = state.backordered();
		this.dispatched = state.dispatched();
		this.lastSequence = state.lastSequence();
	}

	/** A position with nothing in it yet, kept in {@code unit}. */
	public static StockPosition empty(PositionKey key, UnitOfMeasure unit) {
		return new StockPosition(new StockPositionSnapshot(key, unit, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, 0));
	}

	public static StockPosition restore(StockPositionSnapshot state) {
		return new StockPosition(state);
	}

	public StockPositionSnapshot snapshot() {
		return new StockPositionSnapshot(key, unit, onHand, reserved, backordered, dispatched, lastSequence);
	}

	public PositionKey key() {
		return key;
	}

	public UnitOfMeasure unit() {
		return unit;
	}

	public BigDecimal onHand() {
		return onHand;
	}

	public BigDecimal reserved() {
		return reserved;
	}

	public BigDecimal backordered() {
		return backordered;
	}

	/** On hand that no order line holds. */
	public BigDecimal free() {
		return Amounts.atLeastZero(onHand.subtract(reserved));
	}

	/** The amount of {@code quantity}, which must be in this position's unit. */
	BigDecimal amountOf(Quantity quantity) {
		if (!quantity.unit().equals(unit)) {
			throw new IllegalArgumentException("SKU " + key.sku() + " is kept in " + unit + " in warehouse "
					+ key.warehouse() + ", not in " + quantity.unit());
		}
		return quantity.amount();
	}

	long nextSequence() {
		return ++lastSequence;
	}

	/** Sets on hand, never below zero; returns the change actually made. */
	BigDecimal putOnHand(BigDecimal amount) {
		var before = onHand;
		onHand = Amounts.atLeastZero(amount);
		return Amounts.normal(onHand.subtract(before));
	}

	void dispatched(BigDecimal amount) {
		dispatched = Amounts.normal(dispatched.add(amount));
		putOnHand(onHand.subtract(amount));
	}

	/** Order lines now hold {@code reservedChange} more (or less) and wait for {@code backorderedChange} more. */
	void held(BigDecimal reservedChange, BigDecimal backorderedChange) {
		reserved = Amounts.normal(reserved.add(reservedChange));
		backordered = Amounts.normal(backordered.add(backorderedChange));
		if (reserved.signum() < 0 || backordered.signum() < 0) {
			throw new IllegalStateException("Stock position " + key + " would hold a negative amount");
		}
	}
}
