package org.distributionhub.inventory.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.domain.AllocatedLineSnapshot;
import org.distributionhub.inventory.domain.AllocationLedger;
import org.distributionhub.inventory.domain.Allocator;
import org.distributionhub.inventory.domain.Delivery;
import org.distributionhub.inventory.domain.OrderDecision;
import org.distributionhub.inventory.domain.PositionKey;
import org.distributionhub.inventory.domain.StockPosition;
import org.distributionhub.inventory.ports.out.ExpectedInbounds;
import org.distributionhub.inventory.ports.out.OrderAllocations;
import org.distributionhub.inventory.ports.out.StockPositions;
import org.distributionhub.order.events.AllocationRefused;
import org.distributionhub.order.events.StockBackordered;
import org.distributionhub.order.events.StockReserved;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.UnitOfMeasure;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every allocation use case does around the {@link Allocator}: lock positions (adding one race-safely first
 * where needed), read what the allocator asks for, store what changed and tell each order its decisions as
 * {@link StockReserved}, {@link StockBackordered} and {@link AllocationRefused}, one of each per order at most.
 */
@Component
class AllocationWork {

	private final StockPositions positions;
	private final OrderAllocations orders;
	private final ExpectedInbounds inbounds;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AllocationWork(StockPositions positions, OrderAllocations orders, ExpectedInbounds inbounds,
			ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.positions = positions;
		this.orders = orders;
		this.inbounds = inbounds;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Allocator begin() {
		return new Allocator(new Ledger());
	}

	/** Locks the position and gives it to the allocator; false if there is none. */
	boolean lock(Allocator allocator, PositionKey key) {
		var position = positions.lock(key);
		position.ifPresent(allocator::hold);
		return position.isPresent();
	}

	/** Locks the position, adding it empty in {@code unit} first if there is none. */
	void lockOrAdd(Allocator allocator, PositionKey key, UnitOfMeasure unit) {
		if (!lock(allocator, key)) {
			positions.addIfAbsent(StockPosition.empty(key, unit));
			if (!lock(allocator, key)) {
				throw new IllegalStateException("Stock position " + key + " vanished while locking it");
			}
		}
	}

	/** Stores what the allocator changed and publishes its decisions. */
	void complete(Allocator allocator) {
		var outcome = allocator.finish();
		outcome.positions().forEach(positions::save);
		orders.add(outcome.createdLines());
		orders.update(outcome.changedLines());
		outcome.decisions().forEach(this::tell);
	}

	private void tell(OrderDecision decision) {
		var now = clock.instant();
		if (!decision.reserved().isEmpty()) {
			events.publishEvent(new StockReserved(UUID.randomUUID(), decision.correlationId(), decision.orderId(),
					decision.warehouse(), decision.reserved()
						.stream()
						.map(it -> new StockReserved.ReservedLine(it.key().lineNumber(), it.sku(),
								held(it), it.version()))
						.toList(),
					now));
		}
		if (!decision.backordered().isEmpty()) {
			events.publishEvent(new StockBackordered(UUID.randomUUID(), decision.correlationId(), decision.orderId(),
					decision.warehouse(), decision.backordered()
						.stream()
						.map(it -> new StockBackordered.BackorderedLine(it.key().lineNumber(), it.sku(),
								held(it), quantity(it.backordered(), it), it.promiseDate(),
								it.version()))
						.toList(),
					now));
		}
		if (!decision.refused().isEmpty()) {
			events.publishEvent(new AllocationRefused(UUID.randomUUID(), decision.correlationId(), decision.orderId(),
					decision.warehouse(), decision.refused()
						.stream()
						.map(it -> new AllocationRefused.RefusedLine(it.key().lineNumber(), it.sku(),
								it.refusal().reason().name(), it.refusal().message(), it.version()))
						.toList(),
					now));
		}
	}

	/**
	 * What the line holds as the order counts it: its reservation plus what was already dispatched from it, so that
	 * a line shipped in parts still reads as wholly reserved (the order releases a shipment only within it).
	 */
	private static Quantity held(AllocatedLineSnapshot line) {
		return quantity(line.reserved().add(line.dispatched()), line);
	}

	private static Quantity quantity(java.math.BigDecimal amount, AllocatedLineSnapshot line) {
		return new Quantity(amount, line.unit());
	}

	/** Reads lines and expected inbound only when the allocator asks. */
	private final class Ledger implements AllocationLedger {

		@Override
		public List<AllocatedLineSnapshot> backorders(PositionKey position) {
			return orders.backorders(position);
		}

		@Override
		public List<AllocatedLineSnapshot> reservations(PositionKey position) {
			return orders.reservations(position);
		}

		@Override
		public List<Delivery> inbound(PositionKey position) {
			return inbounds.expecting(position.sku(), position.warehouse())
				.stream()
				.flatMap(it -> it.expected().deliveries().stream())
				.toList();
		}
	}
}
