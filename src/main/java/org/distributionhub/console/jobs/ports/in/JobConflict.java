package org.distributionhub.console.jobs.ports.in;

import java.util.UUID;

/** The job's state forbids what was asked: a kind already running (the job named), or cancelling a finished job. */
public class JobConflict extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final UUID jobId;

	public JobConflict(UUID jobId, String message) {
		super(message);
		this.jobId = jobId;
	}

	public UUID jobId() {
		return jobId;
	}
}
