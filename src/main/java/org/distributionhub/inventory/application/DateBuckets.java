package org.distributionhub.inventory.application;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.distributionhub.inventory.domain.Delivery;
import org.distributionhub.inventory.domain.Schedule;
import org.distributionhub.inventory.ports.in.ExpectedInboundView.DateView;
import org.distributionhub.inventory.ports.in.ExpectedInboundView.TotalView;
import org.jspecify.annotations.Nullable;

/** Adds open and in-transit quantities up per date and unit (undated last) and per unit. */
final class DateBuckets {

	private record Key(@Nullable LocalDate date, String unit) {
	}

	private static final Comparator<Key> ORDER = comparing(Key::date, nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(Key::unit, naturalOrder());

	private final Map<Key, BigDecimal[]> buckets = new TreeMap<>(ORDER);

	DateBuckets add(Schedule open, Schedule inTransit) {
		open.deliveries().forEach(it -> bucket(it)[0] = bucket(it)[0].add(it.quantity().amount()));
		inTransit.deliveries().forEach(it -> bucket(it)[1] = bucket(it)[1].add(it.quantity().amount()));
		return this;
	}

	List<DateView> byDate() {
		return buckets.entrySet()
			.stream()
			.map(it -> new DateView(it.getKey().date(), it.getKey().unit(), plain(it.getValue()[0]),
					plain(it.getValue()[1]), plain(it.getValue()[0].add(it.getValue()[1]))))
			.toList();
	}

	List<TotalView> totals() {
		Map<String, BigDecimal[]> byUnit = new TreeMap<>();
		buckets.forEach((key, amounts) -> {
			var total = byUnit.computeIfAbsent(key.unit(), it -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			total[0] = total[0].add(amounts[0]);
			total[1] = total[1].add(amounts[1]);
		});
		return byUnit.entrySet()
			.stream()
			.map(it -> new TotalView(it.getKey(), plain(it.getValue()[0]), plain(it.getValue()[1]),
					plain(it.getValue()[0].add(it.getValue()[1]))))
			.toList();
	}

	/** Without trailing zeros and never in exponent form (100, not 1E+2). */
	private static BigDecimal plain(BigDecimal amount) {
		var stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private BigDecimal[] bucket(Delivery delivery) {
		return buckets.computeIfAbsent(new Key(delivery.date(), delivery.quantity().unit().code()),
				it -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
	}
}
