package org.distributionhub.console.jobs.ports.in;

import java.util.UUID;

/** No job has this id. */
public class UnknownJob extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnknownJob(UUID jobId) {
		super("No job " + jobId);
	}
}
