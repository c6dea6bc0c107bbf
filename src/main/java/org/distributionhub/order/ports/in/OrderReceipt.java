package org.distributionhub.order.ports.in;

/** What an intake request did: CREATED, CHANGED, CANCELLED or UNCHANGED (nothing new), and the order as it stands. */
public record OrderReceipt(String outcome, OrderView order) {

	public boolean created() {
		return outcome.equals("CREATED");
	}
}
