package org.distributionhub.inventory.domain;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A customer order as inventory knows it: its warehouse, the newest revision allocated and whether it was
 * cancelled. A revision not newer than the one applied changes nothing, and nothing changes a cancelled order,
 * whatever order the channel's events arrive in. Its lines are {@link AllocatedLine}s.
 */
@AggregateRoot
public final class OrderAllocation {

	@Identity
	private final String orderId;
	private String warehouse;
	private int revision;
	private boolean cancelled;

	private OrderAllocation(String orderId, String warehouse, int revision, boolean cancelled) {
		if (orderId.isBlank()) {
			throw new IllegalArgumentException("An order needs an id");
		}
		this.orderId = orderId;
		this.warehouse = warehouse;
		this.revision = revision;
		this.cancelled = cancelled;
	}

	/** An order no revision was applied to yet. */
	public static OrderAllocation unknown(String orderId, String warehouse) {
		return new OrderAllocation(orderId, warehouse, 0, false);
	}

	public static OrderAllocation restore(String orderId, String warehouse, int revision, boolean cancelled) {
		return new OrderAllocation(orderId, warehouse, revision, cancelled);
	}

	/** Whether the revision is newer than the one applied and the order is live. */
	public boolean takes(int revision) {
		return !cancelled && revision > this.revision;
	}

	/** Takes a newer revision of a live order (its warehouse may have changed); false if it changes nothing. */
	boolean revise(int revision, String warehouse) {
		if (!takes(revision)) {
			return false;
		}
		this.revision = revision;
		this.warehouse = warehouse;
		return true;
	}

	/** Cancels the order for good; false if it was cancelled already. */
	boolean cancel(int revision) {
		if (cancelled) {
			return false;
		}
		cancelled = true;
		this.revision = Math.max(this.revision, revision);
		return true;
	}

	public String orderId() {
		return orderId;
	}

	public String warehouse() {
		return warehouse;
	}

	public int revision() {
		return revision;
	}

	public boolean cancelled() {
		return cancelled;
	}
}
