package org.distributionhub.inventory.ports.model;

/** A FULL feed states the whole stock of its warehouse (what it does not list is zeroed); a DELTA feed only some SKUs. */
public enum FeedMode {

	FULL,
	DELTA
}
