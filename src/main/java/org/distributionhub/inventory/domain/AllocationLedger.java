package org.distributionhub.inventory.domain;

import java.util.List;

/**
 * What the {@link Allocator} reads about a position beyond what it holds, only when its rules need it: the lines
 * waiting for its stock, the lines holding its stock (when on hand fell below what is reserved) and its expected
 * inbound. The caller holds the position locked, so these do not change under the allocator.
 */
public interface AllocationLedger {

	/** Lines with a backorder in the position, in any order. */
	List<AllocatedLineSnapshot> backorders(PositionKey position);

	/** Lines with a reservation in the position, in any order. */
	List<AllocatedLineSnapshot> reservations(PositionKey position);

	/** What is expected to arrive of the SKU at the warehouse, dated or not, in any unit. */
	List<Delivery> inbound(PositionKey position);
}
