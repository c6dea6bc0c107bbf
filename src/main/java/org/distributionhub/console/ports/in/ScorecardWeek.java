package org.distributionhub.console.ports.in;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A supplier's record over one week (or a run of weeks): purchase orders due, acknowledged by their due time,
 * acknowledged at all and the seconds that took in sum, lines answered and changed by the supplier, documents parked.
 * A share or an average over nothing is unknown (null), not zero.
 */
public record ScorecardWeek(LocalDate week, long due, long onTime, long acknowledged, long secondsToAcknowledge,
		long linesAnswered, long linesChanged, long parked) {

	public static ScorecardWeek empty(LocalDate week) {
		return new ScorecardWeek(week, 0, 0, 0, 0, 0, 0, 0);
	}

	/** Share (0 to 1) of purchase orders due that were acknowledged by their due time. */
	public @Nullable Double onTimeShare() {
		return share(onTime, due);
	}

	/** Average seconds from sending a purchase order to its acknowledgement. */
	public @Nullable Long averageSecondsToAcknowledge() {
		return acknowledged == 0 ? null : Math.round((double) secondsToAcknowledge / acknowledged);
	}

	/** Share (0 to 1) of answered lines the supplier changed (quantity, date, price, item or status). */
	public @Nullable Double changedLineShare() {
		return share(linesChanged, linesAnswered);
	}

	/** This week and another summed, dated from the earlier of the two. */
	public ScorecardWeek plus(ScorecardWeek other) {
		return new ScorecardWeek(week.isBefore(other.week) ? week : other.week, due + other.due,
				onTime + other.onTime, acknowledged + other.acknowledged,
				secondsToAcknowledge + other.secondsToAcknowledge, linesAnswered + other.linesAnswered,
				linesChanged + other.linesChanged, parked + other.parked);
	}

	private static @Nullable Double share(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}
}
