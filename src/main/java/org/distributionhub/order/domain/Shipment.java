package org.distributionhub.order.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.distributionhub.shared.Quantity;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * A shipment the warehouse dispatched. It is held until its picks and its lines' allocation cover it, then released
 * (final, for the ERP); one held longer than the limit is flagged for someone to look at.
 */
@Entity
public final class Shipment {

	private final @Identity String shipmentId;
	private final String warehouseEventId;
	private final List<WarehouseLine> lines;
	private final @Nullable String carrier;
	private final @Nullable String trackingNumber;
	private final Instant dispatchedAt;
	private final Instant receivedAt;
	private @Nullable Hold hold;
	private @Nullable Instant releasedAt;
	private @Nullable Instant flaggedAt;
	private @Nullable String invoiceReference;

	/** A shipment as dispatched, refused if it lists one line in two units. */
	Shipment(Dispatch dispatch, Instant receivedAt) {
		this(new ShipmentSnapshot(dispatch.shipmentId(), dispatch.warehouseEventId(), dispatch.lines(),
				dispatch.carrier(), dispatch.trackingNumber(), dispatch.dispatchedAt(), receivedAt, null, null, null,
				null));
		quantitiesByLine();
	}

	private Shipment(ShipmentSnapshot s) {
		this.shipmentId = s.shipmentId();
		this.warehouseEventId = s.warehouseEventId();
		this.lines = s.lines();
		this.carrier = s.carrier();
		this.trackingNumber = s.trackingNumber();
		this.dispatchedAt = s.dispatchedAt();
		this.receivedAt = s.receivedAt();
		this.hold = s.hold();
		this.releasedAt = s.releasedAt();
		this.flaggedAt = s.flaggedAt();
		this.invoiceReference = s.invoiceReference();
	}

	public static Shipment restore(ShipmentSnapshot snapshot) {
		return new Shipment(snapshot);
	}

	public ShipmentSnapshot snapshot() {
		return new ShipmentSnapshot(shipmentId, warehouseEventId, lines, carrier, trackingNumber, dispatchedAt,
				receivedAt, hold, releasedAt, flaggedAt, invoiceReference);
	}

	boolean isHeld() {
		return releasedAt == null;
	}

	boolean isFlagged() {
		return isHeld() && flaggedAt != null;
	}

	void hold(Hold why) {
		this.hold = why;
	}

	void release(Instant now) {
		this.releasedAt = now;
		this.hold = null;
	}

	/** Flags a shipment held for {@code limit} or longer, once; true if it was flagged now. */
	boolean flagIfHeldPast(Instant now, Duration limit) {
		if (!isHeld() || flaggedAt != null || receivedAt.plus(limit).isAfter(now)) {
			return false;
		}
		flaggedAt = now;
		return true;
	}

	void invoiced(String reference) {
		this.invoiceReference = reference;
	}

	/** The dispatched quantity of each line, lines listed twice (two cartons) added up. */
	Map<Integer, Quantity> quantitiesByLine() {
		Map<Integer, Quantity> byLine = new LinkedHashMap<>();
		for (WarehouseLine line : lines) {
			byLine.merge(line.lineNumber(), line.quantity(), Shipment::add);
		}
		return byLine;
	}

	private static Quantity add(Quantity a, Quantity b) {
		if (!a.unit().equals(b.unit())) {
			throw new OrderRuleViolation("A shipment lists one line in two units: " + a.unit() + " and " + b.unit());
		}
		return a.plus(b);
	}

	String shipmentId() {
		return shipmentId;
	}

	String warehouseEventId() {
		return warehouseEventId;
	}

	List<WarehouseLine> lines() {
		return lines;
	}

	Instant dispatchedAt() {
		return dispatchedAt;
	}

	Instant receivedAt() {
		return receivedAt;
	}

	@Nullable
	Hold currentHold() {
		return hold;
	}

	@Nullable
	String invoiceReference() {
		return invoiceReference;
	}
}
