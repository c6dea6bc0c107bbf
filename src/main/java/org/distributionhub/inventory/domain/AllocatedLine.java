package org.distributionhub.inventory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * One order line as inventory allocated it: in a position it holds a reservation and waits for the rest
 * (backordered, with the promise date its pegging gives), or it is refused, or released. Only the
 * {@link Allocator} changes it, together with the position's totals.
 */
@Entity
public final class AllocatedLine {

	@Identity
	private final OrderLineKey key;
	private CorrelationId correlationId;
	private String warehouse;
	private Sku sku;
	private UnitOfMeasure unit;
	private long sequence;
	private BigDecimal ordered;
	private BigDecimal reserved;
	private BigDecimal backordered;
	private BigDecimal dispatched;
	private @Nullable LocalDate promiseDate;
	private @Nullable Refusal refusal;
	private boolean released;
	private long version;

	private AllocatedLine(AllocatedLineSnapshot state) {
		this.key = state.key();
		this.correlationId = state.correlationId();
		this.warehouse = state.warehouse();
		this.sku = state.sku();
		this.unit = state.unit();
		this.sequence = state.sequence();
		this.ordered = state.ordered();
		this.reserved = state.reserved();
		this.backordered = state.backordered();
		this.dispatched = state.dispatched();
		this.promiseDate = state.promiseDate();
		this.refusal = state.refusal();
		this.released = state.released();
		this.version = state.version();
	}

	public static AllocatedLine restore(AllocatedLineSnapshot state) {
		return new AllocatedLine(state);
	}

	/** A line not decided on yet: released until it enters a position or is refused. */
	static AllocatedLine requested(OrderLineKey key, CorrelationId correlationId, PositionKey position,
			Quantity quantity) {
		return new AllocatedLine(new AllocatedLineSnapshot(key, correlationId, position.warehouse(), position.sku(),
				quantity.unit(), 0, quantity.amount(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null,
				true, 0));
	}

	public AllocatedLineSnapshot snapshot() {
		return new AllocatedLineSnapshot(key, correlationId, warehouse, sku, unit, sequence, ordered, reserved,
				backordered, dispatched, promiseDate, refusal, released, version);
	}

	/** What the order was told of the line last; a change of it is a new allocation decision. */
	State state() {
		return new State(released, refusal == null ? null : refusal.reason(), reserved, backordered, promiseDate);
	}

	record State(boolean released, @Nullable RefusalReason refusal, BigDecimal reserved, BigDecimal backordered,
			@Nullable LocalDate promiseDate) {
	}

	public OrderLineKey key() {
		return key;
	}

	public PositionKey position() {
		return new PositionKey(warehouse, sku);
	}

	long sequence() {
		return sequence;
	}

	BigDecimal reserved() {
		return reserved;
	}

	BigDecimal backordered() {
		return backordered;
	}

	@Nullable
	LocalDate promiseDate() {
		return promiseDate;
	}

	boolean isReleased() {
		return released;
	}

	UnitOfMeasure unit() {
		return unit;
	}

	Sku sku() {
		return sku;
	}

	/** Whether the line holds or waits for stock of this position. */
	boolean holdsStockIn(PositionKey position) {
		return !released && refusal == null && warehouse.equals(position.warehouse()) && sku.equals(position.sku());
	}

	/** Ordered less dispatched. */
	BigDecimal open() {
		return Amounts.atLeastZero(ordered.subtract(dispatched));
	}

	void correlate(CorrelationId correlationId) {
		this.correlationId = correlationId;
	}

	/** The line enters a position's queue, last, holding nothing yet. */
	void enter(CorrelationId correlationId, PositionKey position, Quantity quantity, long sequence) {
		take(correlationId, position, quantity);
		this.sequence = sequence;
		this.refusal = null;
		this.released = false;
	}

	void refuse(CorrelationId correlationId, PositionKey position, Quantity quantity, Refusal refusal) {
		take(correlationId, position, quantity);
		this.refusal = refusal;
		this.released = false;
	}

	/** Holds nothing any more; the caller gives the amounts back to the position. */
	void release() {
		reserved = BigDecimal.ZERO;
		backordered = BigDecimal.ZERO;
		promiseDate = null;
		released = true;
	}

	void reorder(BigDecimal ordered) {
		this.ordered = Amounts.normal(ordered);
	}

	/** Changes what is reserved and backordered by these (signed) amounts. */
	void hold(BigDecimal reservedChange, BigDecimal backorderedChange) {
		reserved = Amounts.normal(reserved.add(reservedChange));
		backordered = Amounts.normal(backordered.add(backorderedChange));
		if (reserved.signum() < 0 || backordered.signum() < 0) {
			throw new IllegalStateException("Order line " + key + " would hold a negative amount");
		}
	}

	void dispatched(BigDecimal amount) {
		dispatched = Amounts.normal(dispatched.add(amount));
	}

	void promise(@Nullable LocalDate date) {
		this.promiseDate = date;
	}

	void decided() {
		version++;
	}

	private void take(CorrelationId correlationId, PositionKey position, Quantity quantity) {
		this.correlationId = correlationId;
		this.warehouse = position.warehouse();
		this.sku = position.sku();
		this.unit = quantity.unit();
		this.ordered = Amounts.normal(quantity.amount());
		this.reserved = BigDecimal.ZERO;
		this.backordered = BigDecimal.ZERO;
		this.promiseDate = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AllocatedLine line && key.equals(line.key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key);
	}
}
