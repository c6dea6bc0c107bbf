package org.distributionhub.inventory.domain;

import java.util.List;

import org.distributionhub.shared.CorrelationId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One allocation decision on lines of one order, to be told to the order: the lines now wholly reserved, the lines
 * partly or not reserved (with their promise) and the lines refused. Only lines whose state changed are listed.
 */
@ValueObject
public record OrderDecision(String orderId, String warehouse, CorrelationId correlationId,
		List<AllocatedLineSnapshot> reserved, List<AllocatedLineSnapshot> backordered,
		List<AllocatedLineSnapshot> refused) {

	public OrderDecision {
		reserved = List.copyOf(reserved);
		backordered = List.copyOf(backordered);
		refused = List.copyOf(refused);
	}
}
