package org.distributionhub.inventory.domain;

import java.util.List;

import org.distributionhub.shared.CorrelationId;
import org.jmolecules.ddd.annotation.ValueObject;

/** An order as a revision states it in whole: a line it does not list is no longer wanted. */
@ValueObject
public record OrderRevision(CorrelationId correlationId, int revision, String warehouse,
		List<OrderLineRequest> lines) {

	public OrderRevision {
		lines = List.copyOf(lines);
		if (lines.stream().map(OrderLineRequest::lineNumber).distinct().count() != lines.size()) {
			throw new IllegalArgumentException("An order revision lists a line number twice");
		}
	}

	/** The positions the lines ask for, in this warehouse. */
	public List<PositionKey> positions() {
		return lines.stream().map(it -> new PositionKey(warehouse, it.sku())).distinct().sorted().toList();
	}
}
