package org.distributionhub.inventory.application;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.distributionhub.inventory.domain.AllocatedLineSnapshot;
import org.distributionhub.inventory.domain.OrderAllocation;
import org.distributionhub.inventory.domain.OrderLineRequest;
import org.distributionhub.inventory.domain.OrderRevision;
import org.distributionhub.inventory.domain.PositionKey;
import org.distributionhub.inventory.ports.in.AllocateOrders;
import org.distributionhub.inventory.ports.in.RepromiseStock;
import org.distributionhub.inventory.ports.out.OrderAllocations;
import org.distributionhub.inventory.ports.out.StockPositions;
import org.distributionhub.shared.UnitOfMeasure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates orders and re-promises positions. The order is locked first (added race-safely if new), then every
 * position its lines were or will be in, in key order. A position is added for a known SKU in a known warehouse, in
 * the unit the SKU is kept in elsewhere (else its expected inbound's, else the order line's).
 */
@Service
class StockAllocations implements AllocateOrders, RepromiseStock {

	private final AllocationWork work;
	private final OrderAllocations orders;
	private final StockPositions positions;
	private final InventoryWarehouseProperties warehouses;

	StockAllocations(AllocationWork work, OrderAllocations orders, StockPositions positions,
			InventoryWarehouseProperties warehouses) {
		this.work = work;
		this.orders = orders;
		this.positions = positions;
		this.warehouses = warehouses;
	}

	@Override
	@Transactional
	public void allocate(AllocateOrderCommand command) {
		var fresh = OrderAllocation.unknown(command.orderId(), command.warehouse());
		boolean added = orders.addIfAbsent(
				OrderAllocation.restore(command.orderId(), command.warehouse(), command.revision(), false));
		var order = added ? fresh : locked(command.orderId());
		if (!order.takes(command.revision())) {
			return;
		}
		var revision = new OrderRevision(command.correlationId(), command.revision(), command.warehouse(),
				command.lines().stream().map(it -> new OrderLineRequest(it.lineNumber(), it.sku(), it.quantity())).toList());
		boolean warehouseKnown = warehouses.isKnown(command.warehouse());
		Map<PositionKey, UnitOfMeasure> requested = new TreeMap<>();
		if (warehouseKnown) {
			command.lines()
				.forEach(it -> requested.putIfAbsent(new PositionKey(command.warehouse(), it.sku()),
						it.quantity().unit()));
		}
		var allocator = work.begin();
		var keys = new TreeSet<>(requested.keySet());
		keys.addAll(positionsOf(added, command.orderId()));
		for (PositionKey key : keys) {
			if (!work.lock(allocator, key) && requested.containsKey(key) && positions.isKnown(key.sku())) {
				work.lockOrAdd(allocator, key, positions.unitOf(key.sku()).orElse(requested.get(key)));
			}
		}
		allocator.adopt(added ? List.of() : orders.lines(command.orderId()));
		allocator.allocate(order, revision, warehouseKnown);
		store(order, added);
		work.complete(allocator);
	}

	@Override
	@Transactional
	public void release(ReleaseOrderCommand command) {
		var fresh = OrderAllocation.unknown(command.orderId(), command.warehouse());
		boolean added = orders.addIfAbsent(
				OrderAllocation.restore(command.orderId(), command.warehouse(), command.revision(), true));
		var order = added ? fresh : locked(command.orderId());
		if (order.cancelled()) {
			return;
		}
		var allocator = work.begin();
		positionsOf(added, command.orderId()).forEach(key -> work.lock(allocator, key));
		allocator.adopt(added ? List.of() : orders.lines(command.orderId()));
		allocator.cancel(order, command.revision());
		store(order, added);
		work.complete(allocator);
	}

	@Override
	@Transactional
	public void repromise(RepromiseStockCommand command) {
		var key = new PositionKey(command.location(), command.sku());
		var allocator = work.begin();
		if (work.lock(allocator, key)) {
			allocator.repromise(key);
			work.complete(allocator);
		}
	}

	private OrderAllocation locked(String orderId) {
		return orders.lock(orderId)
			.orElseThrow(() -> new IllegalStateException("Order " + orderId + " vanished while locking it"));
	}

	/**
	 * The positions the order's lines hold or wait for stock in, in lock order. Only the order's own revisions move
	 * a line to another position, and they hold the order's lock; the lines' amounts are read again once the
	 * positions are locked, as a rebalance of a position may have changed them meanwhile.
	 */
	private SortedSet<PositionKey> positionsOf(boolean added, String orderId) {
		var keys = new TreeSet<PositionKey>();
		if (!added) {
			orders.lines(orderId)
				.stream()
				.filter(AllocatedLineSnapshot::holdsStock)
				.map(AllocatedLineSnapshot::position)
				.forEach(keys::add);
		}
		return keys;
	}

	/** A new order was stored as the allocator leaves it: revised (or cancelled) to the command's revision. */
	private void store(OrderAllocation order, boolean added) {
		if (!added) {
			orders.save(order);
		}
	}
}
