package org.distributionhub.inventory.domain;

import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;

/** What one unit of allocation work changed: positions and lines to store, decisions to tell the orders. */
@ValueObject
public record AllocationOutcome(List<StockPositionSnapshot> positions, List<AllocatedLineSnapshot> createdLines,
		List<AllocatedLineSnapshot> changedLines, List<OrderDecision> decisions) {

	public AllocationOutcome {
		positions = List.copyOf(positions);
		createdLines = List.copyOf(createdLines);
		changedLines = List.copyOf(changedLines);
		decisions = List.copyOf(decisions);
	}
}
