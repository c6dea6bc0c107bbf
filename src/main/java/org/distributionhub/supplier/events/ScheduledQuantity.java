package org.distributionhub.supplier.events;

import java.time.LocalDate;

import org.distributionhub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A quantity the supplier will deliver on a date; a null date is a backorder the supplier has not dated yet.
 */
public record ScheduledQuantity(Quantity quantity, @Nullable LocalDate date) {
}
