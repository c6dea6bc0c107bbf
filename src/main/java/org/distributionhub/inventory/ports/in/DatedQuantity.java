package org.distributionhub.inventory.ports.in;

import java.time.LocalDate;

import org.distributionhub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/** A quantity on a date; a null date is a backorder not dated yet. */
public record DatedQuantity(Quantity quantity, @Nullable LocalDate date) {
}
