package org.distributionhub.supplier.procurement.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;

/**
 * An effective change of one line's state, with what it means in the words of the published event. A line that
 * delivers nothing any more (rejected, cancelled) is not said to change quantity or date: its outcome says why.
 */
public record LineChange(String lineNumber, Sku sku, Quantity ordered, LineState before, LineState after) {

	public Set<Outcome> outcomes() {
		EnumSet<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
		if (after.cancelled().isGreaterThan(LineState.zero(ordered)) && after.schedule().isEmpty()
				&& after.rejected().isZero()) {
			outcomes.add(Outcome.CANCELLED);
		}
		if (!after.rejected().isZero()) {
			outcomes.add(Outcome.REJECTED);
		}
		if (after.hasUndatedBackorder() || after.statuses().contains(LineStatus.BACKORDERED)
				|| after.statuses().contains(LineStatus.ACCEPTED_BALANCE_BACKORDERED)) {
			outcomes.add(Outcome.BACKORDERED);
		}
		if (after.substitute() != null) {
			outcomes.add(Outcome.SUBSTITUTED);
		}
		if (after.statuses().contains(LineStatus.ON_HOLD)) {
			outcomes.add(Outcome.ON_HOLD);
		}
		boolean delivers = !after.schedule().isEmpty();
		if (delivers && before.confirmed(ordered).amount().compareTo(after.confirmed(ordered).amount()) != 0) {
			outcomes.add(Outcome.QUANTITY_CHANGED);
		}
		if (after.earliestDate() != null && !datesOf(before).equals(datesOf(after))) {
			outcomes.add(Outcome.DATE_CHANGED);
		}
		if (!Objects.equals(before.unitPrice(), after.unitPrice())) {
			outcomes.add(Outcome.PRICE_CHANGED);
		}
		if (outcomes.isEmpty()) {
			outcomes.add(Outcome.ACCEPTED);
		}
		return outcomes;
	}

	/** The dates the line is delivered on; a line that is not delivered, rejected or cancelled has none. */
	private static Set<LocalDate> datesOf(LineState state) {
		return state.schedule().stream().map(Delivery::date).filter(Objects::nonNull)
				.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	/** The outcome words of {@code PurchaseOrderAcknowledged}, kept here so the domain needs no event type. */
	public enum Outcome {
		ACCEPTED, QUANTITY_CHANGED, DATE_CHANGED, PRICE_CHANGED, REJECTED, BACKORDERED, SUBSTITUTED, ON_HOLD, CANCELLED
	}
}
