package org.distributionhub.inventory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.distributionhub.shared.UnitOfMeasure;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Dated inbound of one position, by date, against which its backorders are pegged oldest first: a backorder's
 * promise date is the first date on which the inbound up to that date covers it and every older backorder. Undated
 * inbound and inbound in another unit cannot give a promise.
 */
@ValueObject
public final class Pegging {

	private final SortedMap<LocalDate, BigDecimal> supply;

	private Pegging(SortedMap<LocalDate, BigDecimal> supply) {
		this.supply = supply;
	}

	/** The dated deliveries in {@code unit}, added up per date. */
	public static Pegging of(Collection<Delivery> inbound, UnitOfMeasure unit) {
		var byDate = new TreeMap<LocalDate, BigDecimal>();
		for (Delivery delivery : inbound) {
			if (delivery.date() != null && delivery.quantity().unit().equals(unit)
					&& !delivery.quantity().isZero()) {
				byDate.merge(delivery.date(), delivery.quantity().amount(), BigDecimal::add);
			}
		}
		byDate.replaceAll((date, amount) -> Amounts.normal(amount));
		return new Pegging(byDate);
	}

	/**
	 * Per backorder, oldest first, its promise date (null where no dated inbound covers it), behind {@code ahead}
	 * older backorders.
	 */
	public List<@Nullable LocalDate> promiseDates(BigDecimal ahead, List<BigDecimal> backordersOldestFirst) {
		var dates = new ArrayList<@Nullable LocalDate>(backordersOldestFirst.size());
		Iterator<Map.Entry<LocalDate, BigDecimal>> inbound = supply.entrySet().iterator();
		BigDecimal demand = ahead;
		BigDecimal covered = BigDecimal.ZERO;
		LocalDate date = null;
		for (BigDecimal backorder : backordersOldestFirst) {
			demand = demand.add(backorder);
			while (covered.compareTo(demand) < 0 && inbound.hasNext()) {
				var next = inbound.next();
				covered = covered.add(next.getValue());
				date = next.getKey();
			}
			dates.add(covered.compareTo(demand) >= 0 ? date : null);
		}
		return dates;
	}

	/**
	 * What can still be promised: {@code free} now, then per inbound date what the backorders ({@code backordered}
	 * in all, oldest first from the earliest date) have not taken.
	 */
	public List<Available> availableToPromise(BigDecimal free, BigDecimal backordered) {
		var available = new ArrayList<Available>();
		available.add(new Available(null, Amounts.normal(free)));
		BigDecimal waiting = backordered;
		for (var inbound : supply.entrySet()) {
			BigDecimal taken = waiting.min(inbound.getValue());
			waiting = waiting.subtract(taken);
			available.add(new Available(inbound.getKey(), Amounts.normal(inbound.getValue().subtract(taken))));
		}
		return available;
	}

	public SortedMap<LocalDate, BigDecimal> supply() {
		return java.util.Collections.unmodifiableSortedMap(supply);
	}

	/** An amount that can be promised: from stock now (no date) or from the inbound of a date. */
	@ValueObject
	public record Available(@Nullable LocalDate date, BigDecimal amount) {
	}
}
