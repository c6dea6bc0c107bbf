package org.distributionhub.shared;

import java.math.BigDecimal;

import org.jmolecules.ddd.annotation.ValueObject;

/** An amount of goods in a unit; arithmetic only between quantities of the same unit. */
@ValueObject
public record Quantity(BigDecimal amount, UnitOfMeasure unit) {

	public Quantity {
		if (amount == null || unit == null) {
			throw new IllegalArgumentException("A quantity needs an amount and a unit");
		}
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("A quantity must not be negative: " + amount.toPlainString());
		}
		// One form per amount (20, 20.0 and 2E+1 alike become 20), never an exponent in what the hub writes.
		amount = amount.stripTrailingZeros();
		if (amount.scale() < 0) {
			amount = amount.setScale(0);
		}
	}

	public static Quantity of(long amount, UnitOfMeasure unit) {
		return new Quantity(BigDecimal.valueOf(amount), unit);
	}

	public Quantity plus(Quantity other) {
		return new Quantity(amount.add(sameUnit(other).amount), unit);
	}

	public Quantity minus(Quantity other) {
		return new Quantity(amount.subtract(sameUnit(other).amount), unit);
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	public boolean isGreaterThan(Quantity other) {
		return amount.compareTo(sameUnit(other).amount) > 0;
	}

	private Quantity sameUnit(Quantity other) {
		if (!unit.equals(other.unit)) {
			throw new IllegalArgumentException("Cannot combine " + unit + " with " + other.unit);
		}
		return other;
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + unit;
	}
}
