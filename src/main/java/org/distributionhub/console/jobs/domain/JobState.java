package org.distributionhub.console.jobs.domain;

/**
 * Where a job is: RUNNING and CANCELLING jobs hold their kind (one at a time); CANCELLED, DONE and INTERRUPTED are
 * final, INTERRUPTED for a job its hubs stopped under too often to go on resuming it.
 */
public enum JobState {

	RUNNING, CANCELLING, CANCELLED, DONE, INTERRUPTED;

	public boolean active() {
		return this == RUNNING || this == CANCELLING;
	}
}
