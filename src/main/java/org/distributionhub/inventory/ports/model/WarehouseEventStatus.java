package org.distributionhub.inventory.ports.model;

/** A warehouse message taken in is APPLIED, once; the same message sent again is answered as a duplicate of it. */
public enum WarehouseEventStatus {

	APPLIED
}
