package org.distributionhub.console.jobs.ports.in;

/** Takes over the jobs whose hub stopped holding them (no heartbeat within hub.jobs.lease) and answers how many. */
public interface ResumeStalledJobs {

	int resumeStalled();
}
