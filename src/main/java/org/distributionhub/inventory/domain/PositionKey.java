package org.distributionhub.inventory.domain;

import java.util.Comparator;

import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/** A stock position's key: one SKU in one warehouse. Positions are locked in this key's order. */
@ValueObject
public record PositionKey(String warehouse, Sku sku) implements Comparable<PositionKey> {

	private static final Comparator<PositionKey> ORDER = Comparator.comparing(PositionKey::warehouse)
		.thenComparing(it -> it.sku().code());

	public PositionKey {
		if (warehouse == null || warehouse.isBlank()) {
			throw new IllegalArgumentException("A stock position needs a warehouse");
		}
		warehouse = warehouse.strip();
	}

	@Override
	public int compareTo(PositionKey other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return sku + " in " + warehouse;
	}
}
