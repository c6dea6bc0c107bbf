package org.distributionhub.inventory.ports.model;

/** How a feed or a warehouse message reached the hub: through the API or as a file in a watched folder. */
public enum IntakeChannel {

	API,
	FILE
}
