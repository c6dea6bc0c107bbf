package org.distributionhub.console.ports.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an incident puts at risk: the customer orders behind it ({@code orderCount} of them; {@code customerOrders}
 * names them, or the first of them when there are very many), their value in one currency (null when none of them
 * carries a price) and the earliest promise date given to a customer among them. When the orders are in several
 * currencies, value and currency are those of the currency most of the orders are in; the others are counted, not
 * added.
 */
public record BusinessImpact(List<String> customerOrders, @Nullable BigDecimal value, @Nullable String currency,
		@Nullable LocalDate earliestPromiseDate, long orderCount) {

	public BusinessImpact {
		customerOrders = List.copyOf(customerOrders);
		orderCount = Math.max(orderCount, customerOrders.size());
	}

	/** The orders named are all the orders at risk. */
	public BusinessImpact(List<String> customerOrders, @Nullable BigDecimal value, @Nullable String currency,
			@Nullable LocalDate earliestPromiseDate) {
		this(customerOrders, value, currency, earliestPromiseDate, customerOrders.size());
	}

	/** No customer order is known to be at risk. */
	public static BusinessImpact none() {
		return new BusinessImpact(List.of(), null, null, null, 0);
	}

	/** In words: "2 customer orders worth EUR 693.00" with the earliest promise, or "no customer order known". */
	public String describe() {
		if (orderCount == 0) {
			return "no customer order known";
		}
		var text = new StringBuilder().append(orderCount).append(orderCount == 1 ? " customer order" : " customer orders");
		if (value != null && currency != null) {
			text.append(" worth ").append(currency).append(' ').append(String.format(java.util.Locale.ROOT, "%,.2f", value));
		}
		if (earliestPromiseDate != null) {
			text.append(", earliest promise ").append(earliestPromiseDate);
		}
		return text.toString();
	}
}
