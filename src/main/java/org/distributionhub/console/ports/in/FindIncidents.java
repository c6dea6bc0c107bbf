package org.distributionhub.console.ports.in;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Everything across the hub that needs a person now, highest business impact first, then the oldest. */
public interface FindIncidents {

	List<Incident> current();

	/** The current incidents of one area (null: of every area), in the same order. */
	default List<Incident> current(@Nullable IncidentArea area) {
		return area == null ? current() : current().stream().filter(incident -> incident.area() == area).toList();
	}
}
