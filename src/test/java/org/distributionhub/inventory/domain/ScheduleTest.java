package org.distributionhub.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.distributionhub.inventory.domain.Inbound.MAY_11;
import static org.distributionhub.inventory.domain.Inbound.MAY_4;
import static org.distributionhub.inventory.domain.Inbound.ea;
import static org.distributionhub.inventory.domain.Inbound.on;

import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.UnitOfMeasure;
import org.junit.jupiter.api.Test;

class ScheduleTest {

	private static final UnitOfMeasure CASE = new UnitOfMeasure("CA");

	@Test
	void sameDatesAreMergedZerosDroppedAndUndatedComesLast() {
		var schedule = Schedule.of(on(10, null), on(5, MAY_11), on(0, MAY_4), on(20, MAY_4), on(5, MAY_11));

		assertThat(schedule.deliveries()).containsExactly(on(20, MAY_4), on(10, MAY_11), on(10, null));
	}

	@Test
	void schedulesThatExpectTheSameAreEqualWhateverTheirOrder() {
		assertThat(Schedule.of(on(60, MAY_4), on(40, MAY_11))).isEqualTo(Schedule.of(on(40, MAY_11), on(60, MAY_4)))
			.isNotEqualTo(Schedule.of(on(60, MAY_4), on(40, null)));
	}

	@Test
	void aQuantityIsTakenFromTheEarliestDatesFirstAndFromUndatedLast() {
		var schedule = Schedule.of(on(30, null), on(60, MAY_4), on(40, MAY_11));

		assertThat(schedule.less(ea(70)).deliveries()).containsExactly(on(30, MAY_11), on(30, null));
		assertThat(schedule.less(ea(120)).deliveries()).containsExactly(on(10, null));
		assertThat(schedule.less(ea(500))).as("more than planned leaves nothing").isEqualTo(Schedule.NONE);
	}

	@Test
	void onlyDeliveriesInTheQuantitysUnitAreReduced() {
		var cases = new Delivery(Quantity.of(5, CASE), MAY_4);
		var schedule = Schedule.of(cases, on(10, MAY_11));

		assertThat(schedule.less(ea(4)).deliveries()).containsExactly(cases, on(6, MAY_11));
		assertThat(schedule.totals()).containsExactly(Quantity.of(5, CASE), ea(10));
	}
}
