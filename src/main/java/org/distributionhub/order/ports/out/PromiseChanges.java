package org.distributionhub.order.ports.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.distributionhub.order.domain.Allocation;
import org.jspecify.annotations.Nullable;

/** The promise changes told to the OMS, kept for the console. */
public interface PromiseChanges {

	void record(List<Entry> entries);

	/** The latest changes, newest first. */
	List<Entry> latest(int limit);

	/** The latest changes of one order, newest first. */
	List<Entry> ofOrder(String orderId, int limit);

	/** One change; {@code eventId} is that of the OrderPromiseChanged event that told it. */
	record Entry(UUID eventId, String orderId, int lineNumber, String sku, @Nullable Allocation previousStatus,
			@Nullable LocalDate previousPromiseDate, Allocation status, @Nullable LocalDate promiseDate,
			Instant changedAt) {
	}
}
