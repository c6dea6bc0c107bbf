package org.distributionhub.order.ports.in;

/** What an intake request did, and the order as it stands. */
public record OrderReceipt(Outcome outcome, OrderView order) {

	public boolean created() {
		return outcome == Outcome.CREATED;
	}

	/** CREATED, CHANGED or CANCELLED the order, or UNCHANGED: nothing new. */
	public enum Outcome {
		CREATED, CHANGED, CANCELLED, UNCHANGED
	}
}
