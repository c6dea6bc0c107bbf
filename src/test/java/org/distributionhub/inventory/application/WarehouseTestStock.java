package org.distributionhub.inventory.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;

/**
 * Stock positions in memory for the warehouse intake's tests: on hand per warehouse and SKU in the unit first seen,
 * the orders inventory allocated, the warehouses it knows. Like the real positions it refuses unknown warehouses,
 * unknown SKUs for adjustments and quantities in another unit; it does not allocate.
 */
public class WarehouseTestStock implements MoveStock {

	private record Key(String warehouse, Sku sku) {
	}

	private final Set<String> warehouses = new HashSet<>();
	private final Map<Key, Quantity> onHand = new HashMap<>();
	private final Map<String, AllocatedOrder> orders = new HashMap<>();
	public final List<String> dispatched = new ArrayList<>();

	public WarehouseTestStock(String... warehouses) {
		this.warehouses.addAll(List.of(warehouses));
	}

	public WarehouseTestStock with(String warehouse, Sku sku, Quantity quantity) {
		onHand.put(new Key(warehouse, sku), quantity);
		return this;
	}

	public WarehouseTestStock withOrder(String orderId, String warehouse, OrderMovement... lines) {
		orders.put(orderId, new AllocatedOrder(orderId, warehouse, List.of(lines)));
		return this;
	}

	/** What puts the positions back as they are now, as a rolled back transaction would. */
	public Runnable checkpoint() {
		var saved = new HashMap<>(onHand);
		return () -> {
			onHand.clear();
			onHand.putAll(saved);
		};
	}

	public Quantity onHand(String warehouse, Sku sku) {
		return Optional.ofNullable(onHand.get(new Key(warehouse, sku)))
			.orElseThrow(() -> new AssertionError("No position of " + sku + " in " + warehouse));
	}

	@Override
	public void receive(CorrelationId correlationId, String warehouse, List<Movement> lines) {
		requireWarehouse(warehouse);
		for (Movement line : lines) {
			var key = new Key(warehouse, line.sku());
			onHand.put(key, sameUnit(key, line.quantity()).plus(line.quantity()));
		}
	}

	@Override
	public Quantity adjust(CorrelationId correlationId, String warehouse, Sku sku, BigDecimal change) {
		requireWarehouse(warehouse);
		if (!isKnownSku(sku)) {
			throw new IllegalArgumentException("SKU " + sku + " is not known");
		}
		var key = new Key(warehouse, sku);
		var before = onHand.get(key);
		var unit = before != null ? before.unit() : unitOf(sku);
		var amount = (before == null ? BigDecimal.ZERO : before.amount()).add(change).max(BigDecimal.ZERO);
		var after = new Quantity(amount, unit);
		onHand.put(key, after);
		return after;
	}

	@Override
	public BigDecimal set(CorrelationId correlationId, String warehouse, Sku sku, Quantity stated) {
		requireWarehouse(warehouse);
		var key = new Key(warehouse, sku);
		var before = sameUnit(key, stated);
		onHand.put(key, stated);
		return stated.amount().subtract(before.amount());
	}

	@Override
	public List<Sku> stockedSkus(String warehouse) {
		return onHand.entrySet()
			.stream()
			.filter(it -> it.getKey().warehouse().equals(warehouse) && !it.getValue().isZero())
			.map(it -> it.getKey().sku())
			.sorted((a, b) -> a.code().compareTo(b.code()))
			.toList();
	}

	@Override
	public void dispatch(CorrelationId correlationId, String orderId, String warehouse, List<OrderMovement> lines) {
		requireWarehouse(warehouse);
		Map<Sku, Quantity> bySku = new TreeMap<>((a, b) -> a.code().compareTo(b.code()));
		lines.forEach(it -> bySku.merge(it.sku(), it.quantity(), Quantity::plus));
		bySku.forEach((sku, quantity) -> {
			var key = new Key(warehouse, sku);
			var before = onHand.get(key);
			if (before == null) {
				throw new IllegalArgumentException("Warehouse " + warehouse + " has no stock position of SKU " + sku);
			}
			sameUnit(key, quantity);
			var amount = before.amount().subtract(quantity.amount()).max(BigDecimal.ZERO);
			onHand.put(key, new Quantity(amount, before.unit()));
		});
		dispatched.add(orderId);
	}

	@Override
	public Optional<AllocatedOrder> findOrder(String orderId) {
		return Optional.ofNullable(orders.get(orderId));
	}

	@Override
	public boolean isKnownWarehouse(String warehouse) {
		return warehouses.contains(warehouse);
	}

	@Override
	public boolean isKnownSku(Sku sku) {
		return onHand.keySet().stream().anyMatch(it -> it.sku().equals(sku))
				|| orders.values().stream().flatMap(it -> it.lines().stream()).anyMatch(it -> it.sku().equals(sku));
	}

	private Quantity sameUnit(Key key, Quantity quantity) {
		var before = onHand.get(key);
		if (before == null) {
			return new Quantity(BigDecimal.ZERO, quantity.unit());
		}
		if (!before.unit().equals(quantity.unit())) {
			throw new IllegalArgumentException("SKU " + key.sku() + " is kept in " + before.unit() + " in warehouse "
					+ key.warehouse() + ", not " + quantity.unit());
		}
		return before;
	}

	/** The units stock is kept in, as the feed intake looks them up. */
	public java.util.function.Function<Sku, org.distributionhub.shared.UnitOfMeasure> units(String warehouse) {
		return sku -> Optional.ofNullable(onHand.get(new Key(warehouse, sku)))
			.map(Quantity::unit)
			.orElseGet(() -> unitOf(sku));
	}

	private org.distributionhub.shared.UnitOfMeasure unitOf(Sku sku) {
		return onHand.entrySet()
			.stream()
			.filter(it -> it.getKey().sku().equals(sku))
			.map(it -> it.getValue().unit())
			.findFirst()
			.orElse(org.distributionhub.shared.UnitOfMeasure.EACH);
	}

	private void requireWarehouse(String warehouse) {
		if (!isKnownWarehouse(warehouse)) {
			throw new IllegalArgumentException("Warehouse " + warehouse + " is not one of ours");
		}
	}
}
