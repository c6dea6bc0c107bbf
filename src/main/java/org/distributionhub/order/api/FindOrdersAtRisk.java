package org.distributionhub.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jmolecules.architecture.hexagonal.Port;
import org.jspecify.annotations.Nullable;

/**
 * Customer orders as the operations cockpit weighs them: those needing a person, what given orders are worth, and
 * what is open in a warehouse. Values are the orders' own (quantity x unit price, one currency per order). Its records
 * are ports of either side: the order store answers in them.
 */
public interface FindOrdersAtRisk {

	/**
	 * Orders holding a dispatch (flagged or not), needing attention, or still waiting for their allocation since
	 * before {@code placedBefore}; oldest first, at most {@code limit}.
	 */
	List<OrderAtRisk> needingAttention(Instant placedBefore, int limit);

	/** The value, currency and promise date of each of the orders named that exists. */
	List<OrderWorth> worth(Collection<String> orderIds);

	/** Per currency, the open orders (not shipped or cancelled) of a warehouse, with up to {@code sample} ids. */
	List<OpenOrders> openAt(String warehouse, int sample);

	/** An order's value (null when unpriced or of mixed currencies) and its promise date (null when none is due). */
	@Port
	record OrderWorth(String orderId, @Nullable BigDecimal value, @Nullable String currency,
			@Nullable LocalDate promiseDate) {
	}

	/** An order that needs a person: its state, what it waits for, whether a held dispatch of it was flagged. */
	@Port
	record OrderAtRisk(OrderWorth worth, String state, @Nullable String waitingFor, boolean flagged,
			@Nullable Instant heldSince, Instant placedAt, Instant updatedAt) {
	}

	/**
	 * Open orders of one warehouse in one currency (null: unpriced or mixed): how many, worth how much, the earliest
	 * promise date among them, and some of their ids, earliest promise first.
	 */
	@Port
	record OpenOrders(@Nullable String currency, long orders, @Nullable BigDecimal value,
			@Nullable LocalDate earliestPromiseDate, List<String> sample) {
	}
}
