package org.distributionhub.console.alerting.ports.out;

import java.time.Instant;
import java.util.Map;

/** Keeps what the last evaluation saw (incidents by kind name, the oldest of each) for the metrics scrape. */
public interface IncidentStatistics {

	void observed(Map<String, Long> counts, Map<String, Instant> oldest);
}
