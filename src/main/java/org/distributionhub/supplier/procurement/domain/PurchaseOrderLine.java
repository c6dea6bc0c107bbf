package org.distributionhub.supplier.procurement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.supplier.partners.api.RemainderPolicy;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/** One ordered line and where it stands with the supplier. */
@Entity
public final class PurchaseOrderLine {

	private final @Identity String lineNumber;
	private final Sku sku;
	private final Quantity ordered;
	private final @Nullable Money unitPrice;
	private final LocalDate requestedDate;
	private LineState state;

	public PurchaseOrderLine(String lineNumber, Sku sku, Quantity ordered, @Nullable Money unitPrice,
			LocalDate requestedDate, @Nullable LineState state) {
		if (lineNumber == null || lineNumber.isBlank() || lineNumber.length() > 20) {
			throw new IllegalArgumentException("A line number is 1 to 20 characters");
		}
		if (ordered.isZero()) {
			throw new IllegalArgumentException("Line " + lineNumber + " orders nothing: quantity must be above zero");
		}
		this.lineNumber = lineNumber;
		this.sku = sku;
		this.ordered = ordered;
		this.unitPrice = unitPrice;
		this.requestedDate = requestedDate;
		this.state = state != null ? state : LineState.unacknowledged(ordered, requestedDate, unitPrice);
	}

	/** The state this line would be in if the supplier's answer were applied to it. */
	LineState answered(Acknowledgement.LineAnswer answer, RemainderPolicy policy) {
		List<Delivery> schedule = new ArrayList<>();
		Quantity rejected = LineState.zero(ordered);
		Set<LineStatus> statuses = EnumSet.noneOf(LineStatus.class);
		Quantity specified = LineState.zero(ordered);
		boolean balanceBackordered = false;
		Quantity stated = answer.parts().stream().map(Acknowledgement.Part::quantity)
				.filter(java.util.Objects::nonNull).reduce(LineState.zero(ordered), Quantity::plus);
		Quantity rest = ordered.isGreaterThan(stated) ? ordered.minus(stated) : LineState.zero(ordered);
		for (Acknowledgement.Part part : answer.parts()) {
			Quantity quantity = part.quantity() != null ? part.quantity() : rest;
			if (part.quantity() == null) {
				rest = LineState.zero(ordered);
			}
			statuses.add(part.status());
			switch (part.status()) {
				case ACCEPTED, SUBSTITUTED, ON_HOLD -> schedule.add(new Delivery(quantity, dateOr(part.date())));
				case ACCEPTED_BALANCE_BACKORDERED -> {
					schedule.add(new Delivery(quantity, dateOr(part.date())));
					balanceBackordered = true;
				}
				case BACKORDERED -> schedule.add(new Delivery(quantity, part.date()));
				case REJECTED -> rejected = rejected.plus(quantity);
			}
			specified = specified.plus(quantity);
		}
		Quantity cancelled = LineState.zero(ordered);
		if (ordered.isGreaterThan(specified)) {
			Quantity remainder = ordered.minus(specified);
			if (balanceBackordered || policy == RemainderPolicy.BACKORDER) {
				schedule.add(new Delivery(remainder, null));
			}
			else {
				cancelled = remainder;
			}
		}
		Money price = answer.unitPrice() != null ? answer.unitPrice() : state.unitPrice();
		String reason = answer.reason() != null ? answer.reason() : null;
		return new LineState(true, merge(schedule), rejected, cancelled, statuses, price, answer.substitute(), reason);
	}

	LineState acceptedAsOrdered() {
		return new LineState(true, List.of(new Delivery(ordered, requestedDate)), LineState.zero(ordered),
				LineState.zero(ordered), EnumSet.of(LineStatus.ACCEPTED), state.unitPrice(), null, null);
	}

	LineState rejectedWhole(@Nullable String reason) {
		return new LineState(true, List.of(), ordered, LineState.zero(ordered), EnumSet.of(LineStatus.REJECTED),
				state.unitPrice(), null, reason);
	}

	LineState heldWhole() {
		return new LineState(true, state.schedule(), state.rejected(), state.cancelled(), EnumSet.of(LineStatus.ON_HOLD),
				state.unitPrice(), state.substitute(), state.reason());
	}

	LineState cancelledWhole() {
		return new LineState(true, List.of(), LineState.zero(ordered), ordered, Set.of(), state.unitPrice(), null,
				"cancelled by the supplier");
	}

	/** A date the supplier did not give is the one we had: the earliest confirmed, else the requested date. */
	private LocalDate dateOr(@Nullable LocalDate given) {
		if (given != null) {
			return given;
		}
		LocalDate known = state.earliestDate();
		return known != null ? known : requestedDate;
	}

	/** Deliveries on the same date are one delivery, in date order with undated ones last. */
	private static List<Delivery> merge(List<Delivery> deliveries) {
		java.util.Map<@Nullable LocalDate, Quantity> byDate = new java.util.TreeMap<>(
				java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
		for (Delivery delivery : deliveries) {
			if (!delivery.quantity().isZero()) {
				byDate.merge(delivery.date(), delivery.quantity(), Quantity::plus);
			}
		}
		return byDate.entrySet().stream().map(entry -> new Delivery(entry.getValue(), entry.getKey())).toList();
	}

	/**
	 * Whether the supplier answered this line other than as ordered: not simply accepted, or another quantity, date,
	 * price or item. An unanswered line is not changed.
	 */
	public boolean changedBySupplier() {
		if (!state.acknowledged()) {
			return false;
		}
		List<Delivery> schedule = state.schedule();
		boolean asOrdered = state.statuses().equals(Set.of(LineStatus.ACCEPTED)) && schedule.size() == 1
				&& requestedDate.equals(schedule.get(0).date()) && !schedule.get(0).quantity().isGreaterThan(ordered)
				&& !ordered.isGreaterThan(schedule.get(0).quantity()) && state.substitute() == null
				&& samePrice(unitPrice, state.unitPrice());
		return !asOrdered;
	}

	private static boolean samePrice(@Nullable Money ordered, @Nullable Money confirmed) {
		return ordered == null || confirmed == null ? ordered == confirmed
				: ordered.currency().equals(confirmed.currency()) && ordered.amount().compareTo(confirmed.amount()) == 0;
	}

	void changeTo(LineState next) {
		this.state = next;
	}

	public String lineNumber() {
		return lineNumber;
	}

	public Sku sku() {
		return sku;
	}

	public Quantity ordered() {
		return ordered;
	}

	public @Nullable Money unitPrice() {
		return unitPrice;
	}

	public LocalDate requestedDate() {
		return requestedDate;
	}

	public LineState state() {
		return state;
	}

	boolean sameOrderAs(PurchaseOrderLine other) {
		return sku.equals(other.sku) && ordered.equals(other.ordered) && requestedDate.equals(other.requestedDate)
				&& java.util.Objects.equals(unitPrice, other.unitPrice);
	}
}
