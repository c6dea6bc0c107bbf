package org.distributionhub.inventory.domain;

import java.time.LocalDate;

import org.distributionhub.shared.Quantity;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What one ship notice sent of a purchase order line: in transit, arriving on {@code arrival} (the expected
 * delivery, else the ship date, else undated).
 */
@ValueObject
public record Shipment(String shipmentId, Quantity quantity, @Nullable LocalDate arrival) {

	public Shipment {
		if (shipmentId.isBlank()) {
			throw new IllegalArgumentException("A shipment needs the id its ship notice gave it");
		}
	}

	Delivery asDelivery() {
		return new Delivery(quantity, arrival);
	}
}
