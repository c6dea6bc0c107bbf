package org.distributionhub.console.ports.in;

/** The timeline of a business object found by any of its keys. */
public interface FindTimeline {

	/** The timeline of the key; an unknown key gives a timeline that recognised nothing and holds no entries. */
	Timeline of(String key);
}
