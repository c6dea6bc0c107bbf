package org.distributionhub.console.ports.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SupplierScorecardTest {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Test
	void sharesAndTheAverageComeFromTheCountsOfAWeek() {
		var week = new ScorecardWeek(MONDAY, 4, 3, 4, 4 * 3600 + 1800, 10, 2, 1);

		assertThat(week.onTimeShare()).isEqualTo(0.75);
		assertThat(week.averageSecondsToAcknowledge()).isEqualTo(3600 + 450);
		assertThat(week.changedLineShare()).isEqualTo(0.2);
	}

	@Test
	void aWeekWithoutPurchaseOrdersOrLinesHasNoShareRatherThanZero() {
		var quiet = ScorecardWeek.empty(MONDAY);

		assertThat(quiet.onTimeShare()).isNull();
		assertThat(quiet.averageSecondsToAcknowledge()).isNull();
		assertThat(quiet.changedLineShare()).isNull();
	}

	@Test
	void aPurchaseOrderDueButNeverAcknowledgedCountsAgainstOnTimeButNotInTheAverage() {
		var week = new ScorecardWeek(MONDAY, 2, 1, 1, 600, 0, 0, 0);

		assertThat(week.onTimeShare()).isEqualTo(0.5);
		assertThat(week.averageSecondsToAcknowledge()).isEqualTo(600);
	}

	@Test
	void thePeriodSumsItsWeeksSoItsSharesWeighEveryPurchaseOrderAlike() {
		var card = new SupplierScorecard("acme", List.of(new ScorecardWeek(MONDAY, 1, 1, 1, 100, 2, 0, 0),
				new ScorecardWeek(MONDAY.plusWeeks(1), 3, 0, 3, 900, 6, 3, 2),
				ScorecardWeek.empty(MONDAY.plusWeeks(2))), 1);

		var total = card.total();

		assertThat(total.week()).isEqualTo(MONDAY);
		assertThat(card.from()).isEqualTo(MONDAY);
		assertThat(total.due()).isEqualTo(4);
		assertThat(total.onTimeShare()).isEqualTo(0.25);
		assertThat(total.averageSecondsToAcknowledge()).isEqualTo(250);
		assertThat(total.changedLineShare()).isEqualTo(3.0 / 8);
		assertThat(total.parked()).isEqualTo(2);
		assertThat(card.parkedOpen()).isEqualTo(1);
	}

	@Test
	void anAverageIsRoundedToTheNearestSecond() {
		assertThat(new ScorecardWeek(MONDAY, 3, 3, 3, 10, 0, 0, 0).averageSecondsToAcknowledge()).isEqualTo(3);
		assertThat(new ScorecardWeek(MONDAY, 3, 3, 3, 11, 0, 0, 0).averageSecondsToAcknowledge()).isEqualTo(4);
	}

	@Test
	void aScorecardCoversAtLeastOneWeek() {
		assertThatThrownBy(() -> new SupplierScorecard("acme", List.of(), 0))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
