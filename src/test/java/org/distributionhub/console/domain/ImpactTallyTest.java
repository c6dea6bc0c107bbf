package org.distributionhub.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.distributionhub.console.ports.in.BusinessImpact;
import org.distributionhub.console.ports.in.Incident;
import org.distributionhub.console.ports.in.IncidentKind;
import org.junit.jupiter.api.Test;

class ImpactTallyTest {

	static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

	@Test
	void anOrderCountsOnceAndItsValueAndEarliestPromiseAddUp() {
		var impact = new ImpactTally().add("A", new BigDecimal("297.00"), "EUR", LocalDate.of(2027, 1, 10))
			.add("B", new BigDecimal("396.00"), "EUR", LocalDate.of(2027, 1, 3))
			.add("A", new BigDecimal("297.00"), "EUR", LocalDate.of(2027, 1, 10))
			.impact();

		assertThat(impact.customerOrders()).containsExactly("A", "B");
		assertThat(impact.orderCount()).isEqualTo(2);
		assertThat(impact.value()).isEqualByComparingTo("693.00");
		assertThat(impact.currency()).isEqualTo("EUR");
		assertThat(impact.earliestPromiseDate()).isEqualTo(LocalDate.of(2027, 1, 3));
		assertThat(impact.describe()).isEqualTo("2 customer orders worth EUR 693.00, earliest promise 2027-01-03");
	}

	@Test
	void mixedCurrenciesStateTheCurrencyMostOrdersAreInAndCountTheOthersWithoutAddingThem() {
		var impact = new ImpactTally().add("A", new BigDecimal("10"), "USD", null)
			.add("B", new BigDecimal("20"), "EUR", null)
			.add("C", new BigDecimal("30"), "EUR", null)
			.add("D", null, null, null)
			.impact();

		assertThat(impact.orderCount()).isEqualTo(4);
		assertThat(impact.currency()).isEqualTo("EUR");
		assertThat(impact.value()).isEqualByComparingTo("50");
	}

	@Test
	void unpricedOrdersAreAtRiskWithoutAValue() {
		var impact = new ImpactTally().add("A", null, null, null).impact();

		assertThat(impact.orderCount()).isEqualTo(1);
		assertThat(impact.value()).isNull();
		assertThat(impact.describe()).isEqualTo("1 customer order");
	}

	@Test
	void aGroupKnownOnlyInSumIsCountedWholeAndNamesItsSample() {
		var impact = new ImpactTally().addGroup(40_000, new BigDecimal("1234567.50"), "EUR", LocalDate.of(2026, 12, 9),
				List.of("A", "B"))
			.impact();

		assertThat(impact.orderCount()).isEqualTo(40_000);
		assertThat(impact.customerOrders()).containsExactly("A", "B");
		assertThat(new ImpactTally().addAll(new ImpactTally().addGroup(3, null, null, null, List.of())).impact()
			.orderCount()).isEqualTo(3);
	}

	@Test
	void noOrderIsNoImpact() {
		assertThat(new ImpactTally().impact()).isEqualTo(BusinessImpact.none());
	}

	@Test
	void incidentsRankByOrdersAtRiskThenTheirValueThenAge() {
		var overdue = incident(IncidentKind.ACKNOWLEDGEMENT_OVERDUE, T0.plusSeconds(600),
				new ImpactTally().add("A", new BigDecimal("297"), "EUR", null).add("B", new BigDecimal("396"), "EUR", null));
		var cheaper = incident(IncidentKind.ERP_POSTING_PENDING_TOO_LONG, T0,
				new ImpactTally().add("C", new BigDecimal("9.90"), "EUR", null));
		var dearer = incident(IncidentKind.ORDER_FLAGGED, T0.plusSeconds(60),
				new ImpactTally().add("D", new BigDecimal("990"), "EUR", null));
		var olderParked = incident(IncidentKind.DOCUMENT_PARKED, T0, new ImpactTally());
		var newerParked = incident(IncidentKind.DOCUMENT_PARKED, T0.plusSeconds(1), new ImpactTally());
		var incidents = new ArrayList<>(List.of(newerParked, cheaper, olderParked, dearer, overdue));

		incidents.sort(Incident.BY_IMPACT_THEN_AGE);

		assertThat(incidents).containsExactly(overdue, dearer, cheaper, olderParked, newerParked);
	}

	static Incident incident(IncidentKind kind, Instant since, ImpactTally tally) {
		return new Incident(kind, kind + "@" + since, since, "summary", tally.impact(), "/console");
	}
}
