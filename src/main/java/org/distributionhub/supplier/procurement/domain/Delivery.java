package org.distributionhub.supplier.procurement.domain;

import java.time.LocalDate;

import org.distributionhub.shared.Quantity;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A quantity of a line the supplier will deliver on a date; no date is a backorder it has not dated yet. */
@ValueObject
public record Delivery(Quantity quantity, @Nullable LocalDate date) {
}
