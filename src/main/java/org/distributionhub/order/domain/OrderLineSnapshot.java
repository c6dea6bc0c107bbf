package org.distributionhub.order.domain;

import java.time.LocalDate;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Everything an order line holds, for storing and showing it: what is ordered, Inventory's newest decision with its
 * version, what the warehouse picked and what shipped, and the promise the OMS was last told.
 */
@ValueObject
public record OrderLineSnapshot(int lineNumber, Sku sku, Quantity ordered, @Nullable Money unitPrice,
		Allocation allocation, Quantity reserved, Quantity backordered, @Nullable LocalDate promiseDate,
		@Nullable Refusal refusal, long allocationVersion, Quantity picked, Quantity shipped, @Nullable Promise told) {
}
