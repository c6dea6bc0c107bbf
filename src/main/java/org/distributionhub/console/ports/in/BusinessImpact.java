package org.distributionhub.console.ports.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an incident puts at risk: the customer orders behind it, their value in one currency (null when none of them
 * carries a price) and the earliest promise date given to a customer among them.
 */
public record BusinessImpact(List<String> customerOrders, @Nullable BigDecimal value, @Nullable String currency,
		@Nullable LocalDate earliestPromiseDate) {

	public BusinessImpact {
		customerOrders = List.copyOf(customerOrders);
	}

	/** No customer order is known to be at risk. */
	public static BusinessImpact none() {
		return new BusinessImpact(List.of(), null, null, null);
	}
}
