package org.distributionhub.console.adapters.in.web;

import java.util.List;

import org.distributionhub.console.ports.in.ScorecardWeek;
import org.distributionhub.console.ports.in.SupplierScorecard;
import org.jspecify.annotations.Nullable;

/** A scorecard as the console shows it: the period's figures in words and the last weeks' on-time shares. */
record ScorecardView(String supplierId, long due, String onTime, String averageToAcknowledge, String changedLines,
		long parkedInPeriod, long parkedOpen, List<String> recentOnTime) {

	static final int RECENT_WEEKS = 4;

	static ScorecardView of(SupplierScorecard card) {
		ScorecardWeek total = card.total();
		List<ScorecardWeek> weeks = card.weeks();
		return new ScorecardView(card.supplierId(), total.due(), percent(total.onTimeShare()),
				duration(total.averageSecondsToAcknowledge()), percent(total.changedLineShare()), total.parked(),
				card.parkedOpen(), weeks.subList(Math.max(0, weeks.size() - RECENT_WEEKS), weeks.size()).stream()
					.map(week -> percent(week.onTimeShare()))
					.toList());
	}

	static String percent(@Nullable Double share) {
		return share == null ? "—" : Math.round(share * 100) + " %";
	}

	static String duration(@Nullable Long seconds) {
		if (seconds == null) {
			return "—";
		}
		if (seconds < 60) {
			return seconds + " s";
		}
		long minutes = seconds / 60;
		if (minutes < 60) {
			return minutes + " min";
		}
		long hours = minutes / 60;
		return hours < 48 ? hours + " h " + minutes % 60 + " min" : hours / 24 + " d " + hours % 24 + " h";
	}
}
