package org.distributionhub.inventory.ports.in;

import java.util.List;

/** A warehouse event refused for values that are invalid on their own (missing, of a wrong form, out of range). */
public class WarehouseEventInvalid extends WarehouseEventRejected {

	public WarehouseEventInvalid(List<FieldProblem> problems) {
		super(problems);
	}
}
