package org.distributionhub.console.adapters.in.web;

import java.time.LocalDate;
import java.util.List;

import org.distributionhub.console.ports.in.ScorecardWeek;
import org.distributionhub.console.ports.in.SupplierScorecard;
import org.jspecify.annotations.Nullable;

/** A supplier scorecard as the operations API answers it: the period's totals and each week's, shares from 0 to 1. */
record ScorecardJson(String supplierId, long parkedOpen, WeekJson total, List<WeekJson> weeks) {

	static ScorecardJson of(SupplierScorecard card) {
		return new ScorecardJson(card.supplierId(), card.parkedOpen(), WeekJson.of(card.total()),
				card.weeks().stream().map(WeekJson::of).toList());
	}

	/** One week (or the period): counts, and the shares and average they give (null when there was nothing). */
	record WeekJson(LocalDate week, long purchaseOrdersDue, long acknowledgedOnTime, @Nullable Double onTimeShare,
			long acknowledged, @Nullable Long averageSecondsToAcknowledge, long linesAnswered, long linesChanged,
			@Nullable Double changedLineShare, long documentsParked) {

		static WeekJson of(ScorecardWeek week) {
			return new WeekJson(week.week(), week.due(), week.onTime(), week.onTimeShare(), week.acknowledged(),
					week.averageSecondsToAcknowledge(), week.linesAnswered(), week.linesChanged(),
					week.changedLineShare(), week.parked());
		}
	}
}
