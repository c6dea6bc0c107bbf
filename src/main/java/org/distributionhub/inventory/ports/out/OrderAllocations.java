package org.distributionhub.inventory.ports.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.distributionhub.inventory.domain.AllocatedLineSnapshot;
import org.distributionhub.inventory.domain.OrderAllocation;
import org.distributionhub.inventory.domain.PositionKey;

/**
 * Customer orders as inventory allocated them and their lines. An order is locked before its lines change; a line
 * that holds or waits for stock changes only under its position's lock.
 */
public interface OrderAllocations {

	/** Stores the order as it is unless it is stored already (also by another transaction now); true if added. */
	boolean addIfAbsent(OrderAllocation order);

	/** The order, locked until the transaction ends. */
	Optional<OrderAllocation> lock(String orderId);

	Optional<OrderAllocation> find(String orderId);

	/** Stores an order that was locked in this transaction. */
	void save(OrderAllocation order);

	/** Every line of the order, by line number. */
	List<AllocatedLineSnapshot> lines(String orderId);

	/** The lines waiting for stock of the position. */
	List<AllocatedLineSnapshot> backorders(PositionKey position);

	/** The lines holding stock of the position. */
	List<AllocatedLineSnapshot> reservations(PositionKey position);

	void add(Collection<AllocatedLineSnapshot> lines);

	void update(Collection<AllocatedLineSnapshot> lines);
}
