package org.distributionhub.console.alerting.ports.out;

import java.time.Instant;
import java.util.List;

import org.distributionhub.console.ports.in.Incident;

/** Keeps what the last evaluation saw (incidents by kind, the oldest of each) for the metrics scrape. */
public interface IncidentStatistics {

	void observed(List<Incident> incidents, Instant now);
}
