package org.distributionhub.order.domain;

import java.time.Instant;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;

/** A pick confirmation from the warehouse, known by the WMS's own message id. */
@ValueObject
public record Pick(String warehouseEventId, List<WarehouseLine> lines, Instant pickedAt) {

	public Pick {
		lines = List.copyOf(lines);
	}
}
