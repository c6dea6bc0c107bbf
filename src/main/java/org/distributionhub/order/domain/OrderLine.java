package org.distributionhub.order.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.distributionhub.order.domain.OrderOutcome.PromiseMoved;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * One line of a customer order: what is ordered, Inventory's newest decision on it (a decision counts only if its
 * allocation version is higher than the one held), what was picked and shipped, and what the OMS was last told.
 */
@Entity
public final class OrderLine {

	private final @Identity int lineNumber;
	private Sku sku;
	private Quantity ordered;
	private @Nullable Money unitPrice;
	private Allocation allocation = Allocation.PENDING;
	private Quantity reserved;
	private Quantity backordered;
	private @Nullable LocalDate promiseDate;
	private @Nullable Refusal refusal;
	private long allocationVersion;
	private Quantity picked;
	private Quantity shipped;
	private @Nullable Promise told;

	OrderLine(OrderedLine line) {
		this.lineNumber = line.lineNumber();
		this.sku = line.sku();
		this.ordered = line.quantity();
		this.unitPrice = line.unitPrice();
		this.reserved = none();
		this.backordered = none();
		this.picked = none();
		this.shipped = none();
	}

	private OrderLine(OrderLineSnapshot s) {
		this.lineNumber = s.lineNumber();
		this.sku = s.sku();
		this.ordered = s.ordered();
		this.unitPrice = s.unitPrice();
		this.allocation = s.allocation();
		this.reserved = s.reserved();
		this.backordered = s.backordered();
		this.promiseDate = s.promiseDate();
		this.refusal = s.refusal();
		this.allocationVersion = s.allocationVersion();
		this.picked = s.picked();
		this.shipped = s.shipped();
		this.told = s.told();
	}

	public static OrderLine restore(OrderLineSnapshot snapshot) {
		return new OrderLine(snapshot);
	}

	public OrderLineSnapshot snapshot() {
		return new OrderLineSnapshot(lineNumber, sku, ordered, unitPrice, allocation, reserved, backordered,
				promiseDate, refusal, allocationVersion, picked, shipped, told);
	}

	/** Keeps a decision newer than the one held; for a removed line or another SKU it changes nothing. */
	boolean decide(AllocationDecision decision) {
		if (isCancelled() || decision.version() <= allocationVersion || !decision.sku().equals(sku)) {
			return false;
		}
		Quantity newReserved = decision.reserved() != null ? decision.reserved()
				: decision.status() == Allocation.RESERVED ? ordered : none();
		Quantity newBackordered = decision.backordered() != null ? decision.backordered() : none();
		if (!inOrderedUnit(newReserved) || !inOrderedUnit(newBackordered)) {
			throw new OrderRuleViolation("Line " + lineNumber + " is ordered in " + ordered.unit()
					+ "; an allocation in another unit cannot apply to it");
		}
		allocationVersion = decision.version();
		allocation = decision.status();
		reserved = newReserved;
		backordered = newBackordered;
		promiseDate = decision.promiseDate();
		refusal = decision.refusal();
		return true;
	}

	/** The promise to tell the OMS, if it differs from the last one told; a first plain reservation goes untold. */
	Optional<PromiseMoved> promiseToTell() {
		if (!allocation.isPromise()) {
			return Optional.empty();
		}
		Promise current = new Promise(allocation, promiseDate);
		if (current.equals(told) || told == null && allocation == Allocation.RESERVED) {
			return Optional.empty();
		}
		Promise previous = told;
		told = current;
		return Optional.of(new PromiseMoved(lineNumber, sku, reserved, backordered, previous, current, allocationVersion));
	}

	/**
	 * Takes the line as the channel now orders it. Another quantity waits for a new decision; another SKU or unit
	 * starts over, which the warehouse must not have touched; no quantity goes below what is picked or dispatched.
	 */
	void reorder(OrderedLine next, Quantity dispatched) {
		boolean touched = !picked.isZero() || !dispatched.isZero();
		boolean sameItem = next.sku().equals(sku) && inOrderedUnit(next.quantity());
		if (!sameItem && touched) {
			throw new OrderRuleViolation("Line " + lineNumber
					+ " cannot change its SKU or unit: the warehouse has already picked or dispatched it");
		}
		if (sameItem) {
			Quantity floor = picked.isGreaterThan(dispatched) ? picked : dispatched;
			if (floor.isGreaterThan(next.quantity())) {
				throw new OrderRuleViolation("Line " + lineNumber + " cannot go below the " + floor
						+ " already picked or dispatched");
			}
		}
		boolean restart = isCancelled() || !sameItem || !next.quantity().equals(ordered);
		sku = next.sku();
		ordered = next.quantity();
		unitPrice = next.unitPrice();
		if (restart) {
			if (isCancelled() || !sameItem) {
				reserved = none();
				backordered = none();
			}
			allocation = Allocation.PENDING;
			promiseDate = null;
			refusal = null;
		}
	}

	/** The channel no longer orders this line; refused once the warehouse picked or dispatched any of it. */
	void remove(Quantity dispatched) {
		if (!picked.isZero() || !dispatched.isZero()) {
			throw new OrderRuleViolation("Line " + lineNumber
					+ " cannot be removed: the warehouse has already picked or dispatched it");
		}
		cancel();
	}

	private void cancel() {
		allocation = Allocation.CANCELLED;
		reserved = none();
		backordered = none();
		promiseDate = null;
		refusal = null;
	}

	void pick(Quantity quantity) {
		requireOrderedUnit(quantity, "picked");
		picked = picked.plus(quantity);
	}

	void ship(Quantity quantity) {
		shipped = shipped.plus(quantity);
	}

	/** Confirmed picks not yet shipped. */
	Quantity available() {
		return picked.isGreaterThan(shipped) ? picked.minus(shipped) : none();
	}

	/** Whether a final allocation covers shipping {@code quantity} more: reserved, not waiting for a backorder. */
	boolean allocationCovers(Quantity quantity) {
		boolean decided = allocation == Allocation.RESERVED || allocation == Allocation.BACKORDERED
				|| allocation == Allocation.NO_INBOUND;
		return decided && !shipped.plus(quantity).isGreaterThan(reserved);
	}

	/** What is ordered and not yet shipped. */
	Quantity open() {
		return ordered.isGreaterThan(shipped) ? ordered.minus(shipped) : none();
	}

	boolean isCancelled() {
		return allocation == Allocation.CANCELLED;
	}

	/** Shipped in full, or no longer ordered. */
	boolean isDone() {
		return isCancelled() || !ordered.isGreaterThan(shipped);
	}

	boolean inOrderedUnit(Quantity quantity) {
		return quantity.unit().equals(ordered.unit());
	}

	private void requireOrderedUnit(Quantity quantity, String what) {
		if (!inOrderedUnit(quantity)) {
			throw new OrderRuleViolation("Line " + lineNumber + " is ordered in " + ordered.unit() + " but " + what
					+ " in " + quantity.unit());
		}
	}

	private Quantity none() {
		return new Quantity(BigDecimal.ZERO, ordered.unit());
	}

	int lineNumber() {
		return lineNumber;
	}

	Sku sku() {
		return sku;
	}

	Quantity ordered() {
		return ordered;
	}

	@Nullable
	Money unitPrice() {
		return unitPrice;
	}

	Allocation allocation() {
		return allocation;
	}

	@Nullable
	LocalDate promiseDate() {
		return promiseDate;
	}

	@Nullable
	Refusal refusal() {
		return refusal;
	}

	Quantity picked() {
		return picked;
	}

	Quantity shipped() {
		return shipped;
	}
}
