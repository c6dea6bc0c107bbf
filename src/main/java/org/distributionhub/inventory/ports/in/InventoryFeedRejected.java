package org.distributionhub.inventory.ports.in;

/** A feed refused as a whole, before any row applied: its mode or warehouse is missing or unknown. */
public class InventoryFeedRejected extends RuntimeException {

	private final String field;

	public InventoryFeedRejected(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The feed's field at fault: mode or warehouse. */
	public String field() {
		return field;
	}
}
