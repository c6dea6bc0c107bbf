package org.distributionhub.inventory.domain;

import java.time.LocalDate;

import org.distributionhub.shared.Quantity;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A quantity expected on a date; a null date is a backorder the supplier has not dated yet. */
@ValueObject
public record Delivery(Quantity quantity, @Nullable LocalDate date) {

	public static Delivery undated(Quantity quantity) {
		return new Delivery(quantity, null);
	}
}
