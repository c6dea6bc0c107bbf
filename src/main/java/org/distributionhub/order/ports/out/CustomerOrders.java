package org.distributionhub.order.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.distributionhub.order.domain.CustomerOrder;
import org.distributionhub.order.domain.OrderId;

/** Stored customer orders. */
public interface CustomerOrders {

	/** Loads an order and locks it until the transaction ends, so two deliveries for it apply one after the other. */
	Optional<CustomerOrder> findForUpdate(OrderId id);

	Optional<CustomerOrder> find(OrderId id);

	/** Stores a new order unless one with its id exists (then nothing is written): true when it was stored. */
	boolean insertIfAbsent(CustomerOrder order);

	void update(CustomerOrder order);

	/** Orders holding a dispatch, not yet flagged, since {@code heldBefore} or earlier; oldest first. */
	List<OrderId> holdingUnflaggedSince(Instant heldBefore, int limit);

	/** How many orders hold a dispatch, and how many of them hold one past its limit. */
	HeldCounts heldCounts();

	record HeldCounts(long holding, long flagged) {
	}
}
