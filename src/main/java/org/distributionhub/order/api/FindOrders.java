package org.distributionhub.order.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Orders as the console shows them: counts by state and age, a filtered page, one order with its history. */
public interface FindOrders {

	/** How many orders are in each state, and how many of them are older than the given ages. */
	List<StateCount> countByState(Instant now);

	/** Orders, newest first; {@code state} null for every state, {@code stuckOnly} for those waiting on something. */
	List<OrderSummary> find(@Nullable String state, boolean stuckOnly, int page, int size);

	Optional<OrderDetail> find(String orderId);

	/** The latest promise changes, newest first. */
	List<PromiseChange> latestPromiseChanges(int limit);

	record StateCount(String state, long count, long olderThanOneDay, long olderThanSevenDays) {
	}

	/** {@code waitingFor} says in words what the order waits for (allocation, inbound, a pick, ...), null if nothing. */
	record OrderSummary(String orderId, String channel, String externalOrderId, String customer, String warehouse,
			String state, Instant placedAt, Instant updatedAt, int lines, @Nullable LocalDate promiseDate,
			@Nullable String waitingFor, boolean flagged) {
	}

	record OrderDetail(OrderSummary summary, List<LineDetail> lines, List<HeldStep> heldSteps,
			List<PromiseChange> promiseChanges) {
	}

	/** {@code allocation}: PENDING, RESERVED, BACKORDERED, NO_INBOUND, REFUSED, CANCELLED. */
	record LineDetail(int lineNumber, String sku, String ordered, String reserved, String backordered,
			@Nullable LocalDate promiseDate, String allocation, @Nullable String refusal, String picked,
			String shipped) {
	}

	/** A warehouse step the order holds (a dispatch before its pick), since when, why, and whether it is flagged. */
	record HeldStep(String step, String reference, String reason, Instant heldSince, boolean flagged) {
	}

	record PromiseChange(String orderId, int lineNumber, String sku, @Nullable String previousStatus,
			@Nullable LocalDate previousPromiseDate, String status, @Nullable LocalDate promiseDate,
			Instant changedAt) {
	}
}
