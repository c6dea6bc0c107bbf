package org.distributionhub.inventory.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.UnitOfMeasure;

/**
 * Positions, orders, lines and expected inbound kept in maps, driven through the {@link Allocator} the way the
 * application services drive it: each call is one unit of work that reads stored state, decides and stores what
 * changed. It keeps every decision told, in order.
 */
final class InMemoryStock implements AllocationLedger {

	private final Set<String> warehouses;
	private final Map<PositionKey, StockPositionSnapshot> positions = new TreeMap<>();
	private final Map<OrderLineKey, AllocatedLineSnapshot> lines = new LinkedHashMap<>();
	private final Map<String, OrderAllocation> orders = new HashMap<>();
	private final Map<PositionKey, List<Delivery>> inbound = new HashMap<>();
	private final List<OrderDecision> told = new ArrayList<>();
	private final CorrelationId flow = CorrelationId.random();

	InMemoryStock(String... warehouses) {
		this.warehouses = Set.of(warehouses);
	}

	// what the application services do

	List<OrderDecision> place(String orderId, int revision, String warehouse, OrderLineRequest... requested) {
		var order = orders.computeIfAbsent(orderId, id -> OrderAllocation.unknown(id, warehouse));
		if (!order.takes(revision)) {
			return List.of();
		}
		boolean known = warehouses.contains(warehouse);
		var allocator = new Allocator(this);
		var keys = new TreeSet<PositionKey>();
		var units = new HashMap<PositionKey, UnitOfMeasure>();
		if (known) {
			for (OrderLineRequest line : requested) {
				var key = new PositionKey(warehouse, line.sku());
				keys.add(key);
				units.putIfAbsent(key, line.quantity().unit());
			}
		}
		var existing = linesOf(orderId);
		existing.stream().filter(AllocatedLineSnapshot::holdsStock).forEach(it -> keys.add(it.position()));
		for (PositionKey key : keys) {
			if (!positions.containsKey(key) && units.containsKey(key) && isKnown(key)) {
				positions.put(key, StockPosition.empty(key, unitOf(key).orElse(units.get(key))).snapshot());
			}
			hold(allocator, key);
		}
		allocator.adopt(existing);
		allocator.allocate(order, new OrderRevision(flow, revision, warehouse, List.of(requested)), known);
		return store(allocator);
	}

	List<OrderDecision> cancel(String orderId, int revision) {
		var order = orders.computeIfAbsent(orderId, id -> OrderAllocation.unknown(id, "MAIN"));
		var allocator = new Allocator(this);
		var existing = linesOf(orderId);
		existing.stream().filter(AllocatedLineSnapshot::holdsStock).map(AllocatedLineSnapshot::position).sorted()
			.forEach(key -> hold(allocator, key));
		allocator.adopt(existing);
		allocator.cancel(order, revision);
		return store(allocator);
	}

	List<OrderDecision> receive(PositionKey key, Quantity quantity) {
		positions.putIfAbsent(key, StockPosition.empty(key, quantity.unit()).snapshot());
		var allocator = new Allocator(this);
		hold(allocator, key);
		allocator.receive(key, quantity);
		return store(allocator);
	}

	List<OrderDecision> adjust(PositionKey key, long change) {
		var allocator = new Allocator(this);
		hold(allocator, key);
		allocator.adjust(key, BigDecimal.valueOf(change));
		return store(allocator);
	}

	List<OrderDecision> set(PositionKey key, Quantity onHand) {
		positions.putIfAbsent(key, StockPosition.empty(key, onHand.unit()).snapshot());
		var allocator = new Allocator(this);
		hold(allocator, key);
		allocator.set(key, onHand);
		return store(allocator);
	}

	List<OrderDecision> dispatch(String orderId, String warehouse, OrderLineMovement... movements) {
		var allocator = new Allocator(this);
		List.of(movements).stream().map(it -> new PositionKey(warehouse, it.sku())).distinct().sorted()
			.forEach(key -> hold(allocator, key));
		allocator.adopt(linesOf(orderId));
		allocator.dispatch(orderId, warehouse, List.of(movements));
		return store(allocator);
	}

	/** The expected inbound of the position is now this; its backorders are pegged anew. */
	List<OrderDecision> expect(PositionKey key, Delivery... deliveries) {
		inbound.put(key, List.of(deliveries));
		if (!positions.containsKey(key)) {
			return List.of();
		}
		var allocator = new Allocator(this);
		hold(allocator, key);
		allocator.repromise(key);
		return store(allocator);
	}

	// what is stored

	StockPositionSnapshot position(PositionKey key) {
		return positions.get(key);
	}

	Collection<StockPositionSnapshot> positions() {
		return positions.values();
	}

	AllocatedLineSnapshot line(String orderId, int lineNumber) {
		return lines.get(new OrderLineKey(orderId, lineNumber));
	}

	Collection<AllocatedLineSnapshot> lines() {
		return lines.values();
	}

	OrderAllocation order(String orderId) {
		return orders.get(orderId);
	}

	List<OrderDecision> told() {
		return told;
	}

	// the ledger the allocator reads

	@Override
	public List<AllocatedLineSnapshot> backorders(PositionKey position) {
		return lines.values().stream().filter(it -> it.position().equals(position) && it.backordered().signum() > 0).toList();
	}

	@Override
	public List<AllocatedLineSnapshot> reservations(PositionKey position) {
		return lines.values().stream().filter(it -> it.position().equals(position) && it.reserved().signum() > 0).toList();
	}

	@Override
	public List<Delivery> inbound(PositionKey position) {
		return inbound.getOrDefault(position, List.of());
	}

	private boolean isKnown(PositionKey key) {
		return positions.keySet().stream().anyMatch(it -> it.sku().equals(key.sku()))
				|| inbound.keySet().stream().anyMatch(it -> it.sku().equals(key.sku()));
	}

	/** The unit the SKU is kept in elsewhere, else its expected inbound's. */
	private Optional<UnitOfMeasure> unitOf(PositionKey key) {
		return positions.values()
			.stream()
			.filter(it -> it.key().sku().equals(key.sku()))
			.map(StockPositionSnapshot::unit)
			.findFirst()
			.or(() -> inbound.entrySet()
				.stream()
				.filter(it -> it.getKey().sku().equals(key.sku()))
				.flatMap(it -> it.getValue().stream())
				.map(it -> it.quantity().unit())
				.findFirst());
	}

	private void hold(Allocator allocator, PositionKey key) {
		var stored = positions.get(key);
		if (stored != null) {
			allocator.hold(StockPosition.restore(stored));
		}
	}

	private List<AllocatedLineSnapshot> linesOf(String orderId) {
		return lines.values().stream().filter(it -> it.key().orderId().equals(orderId)).toList();
	}

	private List<OrderDecision> store(Allocator allocator) {
		var outcome = allocator.finish();
		outcome.positions().forEach(it -> positions.put(it.key(), it));
		outcome.createdLines().forEach(it -> {
			if (lines.putIfAbsent(it.key(), it) != null) {
				throw new AssertionError("Line " + it.key() + " was created twice");
			}
		});
		outcome.changedLines().forEach(it -> {
			if (lines.put(it.key(), it) == null) {
				throw new AssertionError("Line " + it.key() + " was changed before it was created");
			}
		});
		told.addAll(outcome.decisions());
		return outcome.decisions();
	}
}
