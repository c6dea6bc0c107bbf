package org.distributionhub.order.ports.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.distributionhub.order.domain.OrderState;
import org.jspecify.annotations.Nullable;

/** The order headers the console lists and counts, read without loading whole orders. */
public interface OrderOverview {

	/** Orders per state, with how many were placed before {@code dayAgo} and before {@code weekAgo}. */
	List<StateRow> countByState(Instant dayAgo, Instant weekAgo);

	/** Newest placed first; {@code state} null for all, {@code stuckOnly} for those that wait for something. */
	List<SummaryRow> page(@Nullable OrderState state, boolean stuckOnly, int offset, int limit);

	record StateRow(OrderState state, long count, long olderThanOneDay, long olderThanSevenDays) {
	}

	record SummaryRow(String orderId, String channel, String externalOrderId, String customer, String warehouse,
			OrderState state, Instant placedAt, Instant updatedAt, int lines, @Nullable LocalDate promiseDate,
			@Nullable String waitingFor, boolean flagged) {
	}
}
