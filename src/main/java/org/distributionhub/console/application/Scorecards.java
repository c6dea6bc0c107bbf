package org.distributionhub.console.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.distributionhub.console.ports.in.ScorecardWeek;
import org.distributionhub.console.ports.in.SupplierScorecard;
import org.distributionhub.platform.api.TimeBuckets;
import org.distributionhub.supplier.api.FindAcknowledgementPerformance;
import org.distributionhub.supplier.api.FindAcknowledgementPerformance.AcknowledgementWeek;
import org.distributionhub.supplier.api.FindPartnerTraffic;
import org.distributionhub.supplier.api.FindPartnerTraffic.ParkedWeek;
import org.distributionhub.supplier.api.SupplierDirectory;
import org.springframework.stereotype.Component;

/** Every supplier's weeks from Supplier's counts: acknowledgements by due week, parked documents by parking week. */
@Component
class Scorecards {

	static final int MAX_WEEKS = 52;

	private final FindAcknowledgementPerformance performance;
	private final FindPartnerTraffic traffic;
	private final SupplierDirectory directory;
	private final Clock clock;

	Scorecards(FindAcknowledgementPerformance performance, FindPartnerTraffic traffic, SupplierDirectory directory,
			Clock clock) {
		this.performance = performance;
		this.traffic = traffic;
		this.directory = directory;
		this.clock = clock;
	}

	List<SupplierScorecard> all(int weeks) {
		if (weeks < 1 || weeks > MAX_WEEKS) {
			throw new IllegalArgumentException("weeks is 1 to " + MAX_WEEKS);
		}
		Instant now = clock.instant();
		Instant from = TimeBuckets.weekStart(now).minus(7L * (weeks - 1), ChronoUnit.DAYS);
		LocalDate firstWeek = LocalDate.ofInstant(from, ZoneOffset.UTC);
		Map<String, Map<LocalDate, ScorecardWeek>> bySupplier = new TreeMap<>();
		directory.suppliers().forEach(supplier -> bySupplier.put(supplier.id(), emptyWeeks(firstWeek, weeks)));
		for (AcknowledgementWeek week : performance.weekly(from, now)) {
			bySupplier.computeIfAbsent(week.supplierId(), id -> emptyWeeks(firstWeek, weeks))
				.computeIfPresent(week.week(), (date, known) -> known.plus(new ScorecardWeek(date, week.due(),
						week.onTime(), week.acknowledged(), week.secondsToAcknowledge(), week.linesAnswered(),
						week.linesChanged(), 0)));
		}
		for (ParkedWeek week : traffic.parkedPerWeek(from)) {
			bySupplier.computeIfAbsent(week.supplierId(), id -> emptyWeeks(firstWeek, weeks))
				.computeIfPresent(week.week(), (date, known) -> known.plus(
						new ScorecardWeek(date, 0, 0, 0, 0, 0, 0, week.parked())));
		}
		Map<String, Long> open = traffic.openParked();
		var ids = new TreeSet<>(bySupplier.keySet());
		ids.addAll(open.keySet());
		List<SupplierScorecard> cards = new ArrayList<>();
		for (String id : ids) {
			var supplierWeeks = bySupplier.getOrDefault(id, emptyWeeks(firstWeek, weeks));
			cards.add(new SupplierScorecard(id, List.copyOf(supplierWeeks.values()), open.getOrDefault(id, 0L)));
		}
		return cards;
	}

	private static Map<LocalDate, ScorecardWeek> emptyWeeks(LocalDate first, int weeks) {
		Map<LocalDate, ScorecardWeek> empty = new TreeMap<>();
		for (int i = 0; i < weeks; i++) {
			empty.put(first.plusWeeks(i), ScorecardWeek.empty(first.plusWeeks(i)));
		}
		return empty;
	}
}
