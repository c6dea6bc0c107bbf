package org.distributionhub.inventory.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.distributionhub.inventory.domain.OrderLineMovement;
import org.distributionhub.inventory.domain.PositionKey;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.out.OrderAllocations;
import org.distributionhub.inventory.ports.out.StockPositions;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the warehouse's and the feeds' stock movements to the positions in the caller's transaction (or one of
 * its own), locking positions in key order, and re-allocates each position moved. A movement refused with an
 * {@link IllegalArgumentException} has stored nothing (at most an empty position) and leaves the caller's
 * transaction usable, so the caller can record the refusal and commit.
 */
@Service
class StockMovements implements MoveStock {

	private final AllocationWork work;
	private final StockPositions positions;
	private final OrderAllocations orders;
	private final InventoryWarehouseProperties warehouses;

	StockMovements(AllocationWork work, StockPositions positions, OrderAllocations orders,
			InventoryWarehouseProperties warehouses) {
		this.work = work;
		this.positions = positions;
		this.orders = orders;
		this.warehouses = warehouses;
	}

	@Override
	@Transactional(noRollbackFor = IllegalArgumentException.class)
	public void receive(CorrelationId correlationId, String warehouse, List<Movement> lines) {
		requireWarehouse(warehouse);
		Map<PositionKey, Quantity> received = new TreeMap<>();
		for (Movement line : lines) {
			received.merge(new PositionKey(warehouse, line.sku()), line.quantity(), Quantity::plus);
		}
		var allocator = work.begin();
		received.forEach((key, quantity) -> work.lockOrAdd(allocator, key, quantity.unit()));
		received.forEach(allocator::receive);
		work.complete(allocator);
	}

	@Override
	@Transactional(noRollbackFor = IllegalArgumentException.class)
	public Quantity adjust(CorrelationId correlationId, String warehouse, Sku sku, BigDecimal change) {
		requireWarehouse(warehouse);
		requireSku(sku);
		var key = new PositionKey(warehouse, sku);
		var allocator = work.begin();
		if (!work.lock(allocator, key)) {
			var unit = positions.unitOf(sku)
				.orElseThrow(() -> new IllegalArgumentException("SKU " + sku + " has no unit to keep it in yet"));
			work.lockOrAdd(allocator, key, unit);
		}
		var onHand = allocator.adjust(key, change);
		work.complete(allocator);
		return onHand;
	}

	@Override
	@Transactional(noRollbackFor = IllegalArgumentException.class)
	public BigDecimal set(CorrelationId correlationId, String warehouse, Sku sku, Quantity onHand) {
		requireWarehouse(warehouse);
		var key = new PositionKey(warehouse, sku);
		var allocator = work.begin();
		work.lockOrAdd(allocator, key, onHand.unit());
		var change = allocator.set(key, onHand);
		work.complete(allocator);
		return change;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Sku> stockedSkus(String warehouse) {
		return positions.stocked(warehouse);
	}

	@Override
	@Transactional(noRollbackFor = IllegalArgumentException.class)
	public void dispatch(CorrelationId correlationId, String orderId, String warehouse, List<OrderMovement> lines) {
		requireWarehouse(warehouse);
		if (orders.lock(orderId).isEmpty()) {
			throw new IllegalArgumentException("Order " + orderId + " is not known to inventory");
		}
		var allocator = work.begin();
		var keys = new TreeSet<PositionKey>();
		lines.forEach(it -> keys.add(new PositionKey(warehouse, it.sku())));
		for (PositionKey key : keys) {
			if (!work.lock(allocator, key)) {
				throw new IllegalArgumentException("Warehouse " + warehouse + " has no stock position of SKU "
						+ key.sku());
			}
		}
		allocator.adopt(orders.lines(orderId));
		allocator.dispatch(orderId, warehouse,
				lines.stream().map(it -> new OrderLineMovement(it.lineNumber(), it.sku(), it.quantity())).toList());
		work.complete(allocator);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AllocatedOrder> findOrder(String orderId) {
		return orders.find(orderId)
			.map(order -> new AllocatedOrder(orderId, order.warehouse(), orders.lines(orderId)
				.stream()
				.filter(it -> !it.released())
				.map(it -> new OrderMovement(it.key().lineNumber(), it.sku(), new Quantity(it.ordered(), it.unit())))
				.toList()));
	}

	@Override
	public boolean isKnownWarehouse(String warehouse) {
		return warehouses.isKnown(warehouse);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isKnownSku(Sku sku) {
		return positions.isKnown(sku);
	}

	private void requireWarehouse(String warehouse) {
		if (!warehouses.isKnown(warehouse)) {
			throw new IllegalArgumentException("Warehouse " + warehouse + " is not one of ours");
		}
	}

	private void requireSku(Sku sku) {
		if (!positions.isKnown(sku)) {
			throw new IllegalArgumentException("SKU " + sku + " is not known: no warehouse stocks it and no inbound "
					+ "expects it");
		}
	}
}
