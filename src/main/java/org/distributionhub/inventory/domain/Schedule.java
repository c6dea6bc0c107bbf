package org.distributionhub.inventory.domain;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.UnitOfMeasure;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Deliveries by date in one normal form: one delivery per date and unit, none of zero, earliest first and undated
 * last. Two schedules that expect the same are equal, which is what makes a change a change.
 */
@ValueObject
public final class Schedule {

	public static final Schedule NONE = new Schedule(List.of());

	private static final Comparator<Delivery> EARLIEST_FIRST = comparing(Delivery::date,
			nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(it -> it.quantity().unit().code(), naturalOrder());

	private final List<Delivery> deliveries;

	private Schedule(List<Delivery> deliveries) {
		this.deliveries = List.copyOf(deliveries);
	}

	public static Schedule of(Collection<Delivery> deliveries) {
		record DateAndUnit(@Nullable LocalDate date, UnitOfMeasure unit) {
		}
		Map<DateAndUnit, Quantity> merged = new LinkedHashMap<>();
		for (Delivery delivery : deliveries) {
			merged.merge(new DateAndUnit(delivery.date(), delivery.quantity().unit()), delivery.quantity(),
					Quantity::plus);
		}
		return new Schedule(merged.entrySet()
			.stream()
			.filter(it -> !it.getValue().isZero())
			.map(it -> new Delivery(it.getValue(), it.getKey().date()))
			.sorted(EARLIEST_FIRST)
			.toList());
	}

	public static Schedule of(Delivery... deliveries) {
		return of(List.of(deliveries));
	}

	public List<Delivery> deliveries() {
		return deliveries;
	}

	public boolean isEmpty() {
		return deliveries.isEmpty();
	}

	public Schedule plus(Schedule other) {
		return of(Stream.concat(deliveries.stream(), other.deliveries.stream()).toList());
	}

	/**
	 * This schedule less a quantity, taken from the earliest deliveries of its unit first and from undated ones
	 * last; what exceeds the schedule is ignored. Deliveries in other units are left alone: converting units is the
	 * supplier module's concern.
	 */
	public Schedule less(Quantity quantity) {
		BigDecimal remaining = quantity.amount();
		List<Delivery> result = new ArrayList<>(deliveries.size());
		for (Delivery delivery : deliveries) {
			Quantity scheduled = delivery.quantity();
			if (remaining.signum() > 0 && scheduled.unit().equals(quantity.unit())) {
				BigDecimal taken = remaining.min(scheduled.amount());
				remaining = remaining.subtract(taken);
				result.add(new Delivery(new Quantity(scheduled.amount().subtract(taken), scheduled.unit()),
						delivery.date()));
			}
			else {
				result.add(delivery);
			}
		}
		return of(result);
	}

	/** The total per unit, in the order the units first appear. */
	public List<Quantity> totals() {
		Map<UnitOfMeasure, Quantity> totals = new LinkedHashMap<>();
		deliveries.forEach(it -> totals.merge(it.quantity().unit(), it.quantity(), Quantity::plus));
		return List.copyOf(totals.values());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Schedule schedule && deliveries.equals(schedule.deliveries);
	}

	@Override
	public int hashCode() {
		return deliveries.hashCode();
	}

	@Override
	public String toString() {
		return deliveries.toString();
	}
}
