package org.distributionhub.console.ports.in;

import java.time.LocalDate;
import java.util.List;


/** A supplier's scorecard: every week of the period in order (weeks without traffic too) and what is parked now. */
public record SupplierScorecard(String supplierId, List<ScorecardWeek> weeks, long parkedOpen) {

	public SupplierScorecard {
		if (weeks.isEmpty()) {
			throw new IllegalArgumentException("A scorecard covers at least one week");
		}
		weeks = List.copyOf(weeks);
	}

	/** The whole period as one. */
	public ScorecardWeek total() {
		return weeks.stream().reduce(ScorecardWeek::plus).orElseThrow();
	}

	public LocalDate from() {
		return weeks.get(0).week();
	}
}
