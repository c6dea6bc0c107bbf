package org.distributionhub.inventory.domain;

import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jmolecules.ddd.annotation.ValueObject;

/** A refused order line's reason and the same in words. */
@ValueObject
public record Refusal(RefusalReason reason, String message) {

	static Refusal unknownWarehouse(String warehouse) {
		return new Refusal(RefusalReason.UNKNOWN_WAREHOUSE, "Warehouse " + warehouse + " is not one of ours");
	}

	static Refusal unknownSku(Sku sku) {
		return new Refusal(RefusalReason.UNKNOWN_SKU,
				"SKU " + sku + " is not known: no warehouse stocks it and no inbound expects it");
	}

	static Refusal unitMismatch(PositionKey position, UnitOfMeasure kept, UnitOfMeasure asked) {
		return new Refusal(RefusalReason.UNIT_MISMATCH,
				"SKU " + position.sku() + " is kept in " + kept + " in warehouse " + position.warehouse()
						+ ", the order line asks for " + asked);
	}
}
