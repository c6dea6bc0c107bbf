package org.distributionhub.console.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.distributionhub.console.ports.in.BusinessImpact;
import org.jspecify.annotations.Nullable;

/**
 * Adds up the customer orders an incident puts at risk. Each order counts once. Values are added per currency, and
 * the impact states the currency most of the priced orders are in (a tie goes to the larger sum, then the code):
 * the hub converts no currency. An order without a value is counted, not valued. At most {@link #NAMED} orders are
 * named; the count is always whole.
 */
public final class ImpactTally {

	public static final int NAMED = 50;

	private final Set<String> seen = new HashSet<>();
	private final Set<String> named = new LinkedHashSet<>();
	private final Map<String, Money> byCurrency = new TreeMap<>();
	private final List<Group> groups = new ArrayList<>();
	private long orders;
	private @Nullable LocalDate earliest;

	/** One order, by id: counted once however often it is added. */
	public ImpactTally add(String orderId, @Nullable BigDecimal value, @Nullable String currency,
			@Nullable LocalDate promiseDate) {
		if (!seen.add(orderId)) {
			return this;
		}
		if (named.size() < NAMED) {
			named.add(orderId);
		}
		count(1, value, currency, promiseDate);
		return this;
	}

	/** A group of distinct orders known only in sum: how many, their total in one currency, some of their ids. */
	public ImpactTally addGroup(long count, @Nullable BigDecimal value, @Nullable String currency,
			@Nullable LocalDate earliestPromise, List<String> sample) {
		groups.add(new Group(count, value, currency, earliestPromise, List.copyOf(sample)));
		for (String id : sample) {
			if (named.size() < NAMED) {
				named.add(id);
			}
		}
		count(count, value, currency, earliestPromise);
		return this;
	}

	private void count(long count, @Nullable BigDecimal value, @Nullable String currency,
			@Nullable LocalDate earliestPromise) {
		orders += count;
		if (value != null && currency != null) {
			byCurrency.merge(currency, new Money(count, value), Money::plus);
		}
		if (earliestPromise != null && (earliest == null || earliestPromise.isBefore(earliest))) {
			earliest = earliestPromise;
		}
	}

	/** Another tally's orders known only in sum (its named orders were added one by one where they came from). */
	public ImpactTally addAll(ImpactTally groups) {
		for (var group : groups.groups) {
			addGroup(group.count(), group.value(), group.currency(), group.earliestPromise(), group.sample());
		}
		return this;
	}

	public BusinessImpact impact() {
		if (orders == 0) {
			return BusinessImpact.none();
		}
		var main = byCurrency.entrySet().stream()
			.max(Comparator.comparingLong((Map.Entry<String, Money> it) -> it.getValue().orders())
				.thenComparing(it -> it.getValue().amount())
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.orElse(null);
		return new BusinessImpact(new ArrayList<>(named), main == null ? null : main.getValue().amount(),
				main == null ? null : main.getKey(), earliest, orders);
	}

	private record Group(long count, @Nullable BigDecimal value, @Nullable String currency,
			@Nullable LocalDate earliestPromise, List<String> sample) {
	}

	private record Money(long orders, BigDecimal amount) {

		Money plus(Money other) {
			return new Money(orders + other.orders, amount.add(other.amount));
		}
	}
}
