package org.distributionhub.inventory.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * What we expect to receive from one purchase order line at its location: the schedule the purchase order or the
 * supplier's acknowledgement planned, less what ship notices sent, plus those shipments in transit. Shipped
 * quantities leave the plan from its earliest dates first, so the outcome does not depend on whether a ship notice
 * is applied before or after the acknowledgement it follows. Every fact is applied by state: applying it again
 * changes nothing.
 * <p>
 * Out of order: an acknowledgement may arrive before the purchase order it answers. It is kept, and the first
 * purchase order revision seen afterwards takes over the line's SKU, location and revision but not its schedule.
 * A later revision replaces the schedule (the supplier acknowledges the new revision anew); a revision not newer
 * than the line's changes nothing.
 * <p>
 * Received goods are no longer expected: a receipt takes first from what is in transit (earliest arrivals first),
 * then from the open plan (earliest dates first). A line received in full expects nothing more, whatever order the
 * ship notices and receipts arrive in.
 */
@AggregateRoot
public final class ExpectedInbound {

	@Identity
	private final PurchaseOrderLine line;
	private Sku sku;
	private String location;
	private int revision;
	private boolean acknowledged;
	private Schedule planned;
	private final SortedMap<String, Shipment> shipments = new TreeMap<>();
	private final SortedMap<String, Receipt> receipts = new TreeMap<>();

	private ExpectedInbound(ExpectedInboundSnapshot state) {
		this.line = state.line();
		this.sku = state.sku();
		this.location = state.location();
		this.revision = state.revision();
		this.acknowledged = state.acknowledged();
		this.planned = Schedule.of(state.planned());
		state.shipments().forEach(it -> shipments.put(it.shipmentId(), it));
		state.receipts().forEach(it -> receipts.put(it.receiptId(), it));
	}

	/** A line nothing is known of yet: no revision, nothing expected. */
	public static ExpectedInbound unknown(PurchaseOrderLine line, Sku sku, String location) {
		return new ExpectedInbound(ExpectedInboundSnapshot.unknown(line, sku, location));
	}

	public static ExpectedInbound restore(ExpectedInboundSnapshot state) {
		return new ExpectedInbound(state);
	}

	public ExpectedInboundSnapshot snapshot() {
		return new ExpectedInboundSnapshot(line, sku, location, revision, acknowledged, planned.deliveries(),
				shipments.values().stream().toList(), receipts.values().stream().toList());
	}

	/** The line as purchase order {@code revision} requests it; see the class comment for older revisions. */
	public ExpectationChange issue(int revision, Sku sku, String location, Delivery requested) {
		var before = expected();
		if (revision > this.revision) {
			if (this.revision > 0 || !acknowledged) {
				planned = Schedule.of(requested);
				acknowledged = false;
			}
			this.revision = revision;
			this.sku = sku;
			this.location = location;
		}
		return changedFrom(before, ChangeCause.PO_ISSUED);
	}

	/** Purchase order {@code revision} no longer has this line: nothing more is planned, shipments stay in transit. */
	public ExpectationChange withdraw(int revision) {
		var before = expected();
		if (revision > this.revision) {
			planned = Schedule.NONE;
			acknowledged = false;
			this.revision = revision;
		}
		return changedFrom(before, ChangeCause.PO_ISSUED);
	}

	/** The supplier's acknowledgement: its schedule replaces the planned one; undated quantities are backorders. */
	public ExpectationChange reschedule(Schedule acknowledgedSchedule) {
		var before = expected();
		planned = acknowledgedSchedule;
		acknowledged = true;
		return changedFrom(before, ChangeCause.ACKNOWLEDGED);
	}

	/**
	 * The supplier's acknowledgement delivering {@code delivered}: the SKU ordered, or a substitute. A substitute
	 * ends what was expected of the old SKU and starts it for the new one, two changes; otherwise it is
	 * {@link #reschedule(Schedule)}.
	 */
	public List<ExpectationChange> reschedule(Schedule acknowledgedSchedule, Sku delivered) {
		if (delivered.equals(sku)) {
			return List.of(reschedule(acknowledgedSchedule));
		}
		var before = expected();
		var replaced = sku;
		planned = acknowledgedSchedule;
		acknowledged = true;
		sku = delivered;
		return List.of(new ExpectationChange(line, replaced, location, before, Schedule.NONE, ChangeCause.ACKNOWLEDGED),
				new ExpectationChange(line, delivered, location, Schedule.NONE, expected(), ChangeCause.ACKNOWLEDGED));
	}

	/** A ship notice sent part of the line; the same shipment noticed again replaces what it said before. */
	public ExpectationChange ship(Shipment shipment) {
		var before = expected();
		shipments.put(shipment.shipmentId(), shipment);
		return changedFrom(before, ChangeCause.SHIP_NOTICE);
	}

	/** The warehouse received part of the line; the same receipt recorded again replaces what it said before. */
	public ExpectationChange receive(Receipt receipt) {
		var before = expected();
		receipts.put(receipt.receiptId(), receipt);
		return changedFrom(before, ChangeCause.RECEIVED);
	}

	/** Planned and neither shipped nor received yet. */
	public Schedule open() {
		Schedule open = planned;
		for (Shipment shipment : shipments.values()) {
			open = open.less(shipment.quantity());
		}
		Schedule shipped = shipped();
		for (Quantity received : received().totals()) {
			BigDecimal beyondShipped = received.amount().subtract(total(shipped, received));
			if (beyondShipped.signum() > 0) {
				open = open.less(new Quantity(beyondShipped, received.unit()));
			}
		}
		return open;
	}

	/** Shipped, on its way and not received yet, by arrival date. */
	public Schedule inTransit() {
		Schedule inTransit = shipped();
		for (Quantity received : received().totals()) {
			inTransit = inTransit.less(received);
		}
		return inTransit;
	}

	/** Everything still to arrive: open and in transit. */
	public Schedule expected() {
		return open().plus(inTransit());
	}

	public PurchaseOrderLine line() {
		return line;
	}

	public Sku sku() {
		return sku;
	}

	public String location() {
		return location;
	}

	public int revision() {
		return revision;
	}

	private Schedule shipped() {
		return Schedule.of(shipments.values().stream().map(Shipment::asDelivery).toList());
	}

	private Schedule received() {
		return Schedule.of(receipts.values().stream().map(it -> Delivery.undated(it.quantity())).toList());
	}

	private static BigDecimal total(Schedule schedule, Quantity inUnitOf) {
		return schedule.totals()
			.stream()
			.filter(it -> it.unit().equals(inUnitOf.unit()))
			.map(Quantity::amount)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	private ExpectationChange changedFrom(Schedule before, ChangeCause cause) {
		return new ExpectationChange(line, sku, location, before, expected(), cause);
	}
}
