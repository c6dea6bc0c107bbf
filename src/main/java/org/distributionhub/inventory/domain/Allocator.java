package org.distributionhub.inventory.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.distributionhub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * One unit of allocation work (one transaction) over stock positions the caller holds locked. Order lines enter
 * their position's queue as backorders and the position is rebalanced, so a line reserves min(free, ordered) and
 * free stock always goes to the oldest waiting line first. A smaller quantity gives back backorder first, then
 * reservation. Stock movements change on hand and rebalance too. {@link #finish()} counts an allocation decision
 * on every line whose state changed and says what to store and tell.
 */
public final class Allocator {

	private final AllocationBook book;

	public Allocator(AllocationLedger ledger) {
		this.book = new AllocationBook(ledger);
	}

	/** A position the caller locked for this unit of work. */
	public void hold(StockPosition position) {
		book.hold(position);
	}

	public Optional<StockPosition> position(PositionKey key) {
		return Optional.ofNullable(book.held(key));
	}

	/** The order's lines as stored, before anything changes. */
	public void adopt(Collection<AllocatedLineSnapshot> lines) {
		book.lines().adopt(lines);
	}

	/**
	 * Allocates an order revision: lines it no longer lists are released, quantities are changed, new lines enter
	 * their positions. A line in a warehouse not ours, of a SKU without a held position, or in another unit than its
	 * position is refused. False if the revision changes nothing (not newer, or the order is cancelled).
	 */
	public boolean allocate(OrderAllocation order, OrderRevision revision, boolean warehouseKnown) {
		if (!order.revise(revision.revision(), revision.warehouse())) {
			return false;
		}
		var listed = revision.lines().stream().map(OrderLineRequest::lineNumber).toList();
		for (AllocatedLine line : book.lines().of(order.orderId())) {
			if (!listed.contains(line.key().lineNumber())) {
				book.release(line);
			}
		}
		for (OrderLineRequest request : revision.lines()) {
			allocate(order, revision, request, warehouseKnown);
		}
		book.settle();
		return true;
	}

	/** Releases every line of the order; false if it was cancelled already. */
	public boolean cancel(OrderAllocation order, int revision) {
		if (!order.cancel(revision)) {
			return false;
		}
		book.lines().of(order.orderId()).forEach(book::release);
		book.settle();
		return true;
	}

	/** Goods of order lines left the warehouse: on hand goes down, each line's reservation is consumed first. */
	public void dispatch(String orderId, String warehouse, List<OrderLineMovement> movements) {
		for (OrderLineMovement movement : movements) {
			var key = new OrderLineKey(orderId, movement.lineNumber());
			var line = book.lines().get(key);
			if (line == null) {
				throw new IllegalArgumentException("Order " + orderId + " has no line " + movement.lineNumber());
			}
			if (!line.sku().equals(movement.sku()) || !line.position().warehouse().equals(warehouse)) {
				throw new IllegalArgumentException("Line " + key + " is " + line.position() + ", not "
						+ new PositionKey(warehouse, movement.sku()));
			}
			var position = opened(new PositionKey(warehouse, movement.sku()));
			var amount = position.amountOf(movement.quantity());
			position.dispatched(amount);
			if (line.holdsStockIn(position.key())) {
				var consumed = Amounts.min(line.reserved(), amount);
				var covered = Amounts.min(line.backordered(), amount.subtract(consumed));
				book.hold(position, line, consumed.negate(), covered.negate());
			}
			line.dispatched(amount);
			book.lines().toldAsIs(line);
			book.unsettle(position.key());
		}
		book.settle();
	}

	/** Received goods go on hand. */
	public void receive(PositionKey key, Quantity quantity) {
		var position = opened(key);
		position.putOnHand(position.onHand().add(position.amountOf(quantity)));
		book.unsettle(key);
		book.settle();
	}

	/** A signed correction of on hand, never below zero; returns on hand after it. */
	public Quantity adjust(PositionKey key, BigDecimal change) {
		var position = opened(key);
		position.putOnHand(position.onHand().add(change));
		book.unsettle(key);
		book.settle();
		return new Quantity(position.onHand(), position.unit());
	}

	/** On hand as a count states it; returns the signed change. */
	public BigDecimal set(PositionKey key, Quantity onHand) {
		var position = opened(key);
		var change = position.putOnHand(position.amountOf(onHand));
		book.unsettle(key);
		book.settle();
		return change;
	}

	/** The position's expected inbound changed: its backorders are pegged anew. */
	public void repromise(PositionKey key) {
		if (book.held(key) != null) {
			book.load(key);
			book.unsettle(key);
			book.settle();
		}
	}

	public AllocationOutcome finish() {
		return book.outcome();
	}

	private void allocate(OrderAllocation order, OrderRevision revision, OrderLineRequest request,
			boolean warehouseKnown) {
		var key = new OrderLineKey(order.orderId(), request.lineNumber());
		var target = new PositionKey(order.warehouse(), request.sku());
		var refusal = refusalOf(target, request.quantity(), warehouseKnown);
		var line = book.lines().get(key);
		if (line != null && refusal == null && line.holdsStockIn(target)) {
			var position = book.open(target);
			line.correlate(revision.correlationId());
			line.reorder(request.quantity().amount());
			var open = line.open();
			var held = line.reserved().add(line.backordered());
			var less = Amounts.atLeastZero(held.subtract(open));
			var fromBackorder = Amounts.min(less, line.backordered());
			book.hold(position, line, fromBackorder.subtract(less), Amounts.atLeastZero(open.subtract(held))
				.subtract(fromBackorder));
			return;
		}
		if (line == null) {
			line = AllocatedLine.requested(key, revision.correlationId(), target, request.quantity());
			book.lines().add(line);
		}
		else {
			book.release(line);
		}
		if (refusal != null) {
			line.refuse(revision.correlationId(), target, request.quantity(), refusal);
			return;
		}
		var position = book.open(target);
		line.enter(revision.correlationId(), target, request.quantity(), position.nextSequence());
		book.hold(position, line, BigDecimal.ZERO, line.open());
	}

	private @Nullable Refusal refusalOf(PositionKey target, Quantity quantity, boolean warehouseKnown) {
		if (!warehouseKnown) {
			return Refusal.unknownWarehouse(target.warehouse());
		}
		var position = book.held(target);
		if (position == null) {
			return Refusal.unknownSku(target.sku());
		}
		if (!position.unit().equals(quantity.unit())) {
			return Refusal.unitMismatch(target, position.unit(), quantity.unit());
		}
		return null;
	}

	/** A held position whose stock is about to change, with every line waiting for it. */
	private StockPosition opened(PositionKey key) {
		if (book.held(key) == null) {
			throw new IllegalArgumentException("There is no stock position of " + key);
		}
		return book.load(key);
	}
}
