package org.distributionhub.supplier.procurement.domain;

import java.util.List;

/**
 * What applying an acknowledgement did: {@code APPLIED} with the lines it changed (none when it only repeated
 * what we knew), or why it changed nothing ({@code DUPLICATE}: marked as a duplicate by the partner;
 * {@code STALE}: older than the acknowledgement already applied).
 */
public record AcknowledgementResult(Kind kind, List<LineChange> changes, String explanation) {

	public AcknowledgementResult {
		changes = List.copyOf(changes);
	}

	public boolean changedSomething() {
		return !changes.isEmpty();
	}

	/** Whether the acknowledgement was applied and, if not, why. */
	public enum Kind {
		APPLIED, DUPLICATE, STALE
	}
}
