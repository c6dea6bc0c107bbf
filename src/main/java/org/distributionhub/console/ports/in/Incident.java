package org.distributionhub.console.ports.in;

import java.time.Instant;
import java.util.Comparator;


/**
 * A situation that needs a person: its kind, the business key it is about (a PO, an order, a posting key, a
 * warehouse, a publication), since when, one sentence saying what is wrong, what it puts at risk and the console
 * page where it is dealt with.
 */
public record Incident(IncidentKind kind, String businessKey, Instant since, String summary, BusinessImpact impact,
		String link) {

	/** Highest impact first (customer orders at risk, then their value), then the oldest. */
	public static final Comparator<Incident> BY_IMPACT_THEN_AGE = Comparator
			.comparingLong((Incident incident) -> incident.impact().orderCount()).reversed()
			.thenComparing(incident -> incident.impact().value(),
					Comparator.nullsLast(Comparator.<java.math.BigDecimal>reverseOrder()))
			.thenComparing(Incident::since);

	public IncidentArea area() {
		return kind.area();
	}
}
