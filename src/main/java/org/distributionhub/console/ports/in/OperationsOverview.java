package org.distributionhub.console.ports.in;

import java.util.List;
import java.util.Map;

/** The console's home: the ranked incidents and, per area, how many of each kind and what they put at risk. */
public record OperationsOverview(List<Incident> incidents, List<AreaTile> tiles) {

	public OperationsOverview {
		incidents = List.copyOf(incidents);
		tiles = List.copyOf(tiles);
	}

	/**
	 * One area: incidents per kind (in the kinds' order) and the customer orders they put at risk together, each
	 * order counted once (a warehouse's open orders, known only in sum, are added as they are).
	 */
	public record AreaTile(IncidentArea area, Map<IncidentKind, Long> counts, BusinessImpact impact) {

		public long incidents() {
			return counts.values().stream().mapToLong(Long::longValue).sum();
		}
	}
}
