package org.distributionhub.console.jobs.domain;

/**
 * What becomes of a job whose hub stopped while it held it: a job being cancelled is cancelled, a running one is
 * resumed where it stopped unless its hubs stopped under it maxResumes times, then it is marked INTERRUPTED with the
 * items not run left without an outcome.
 */
public final class Resumption {

	private Resumption() {
	}

	public static JobState after(JobState state, int resumes, int maxResumes) {
		if (!state.active()) {
			throw new IllegalArgumentException("A " + state + " job is not held by any hub");
		}
		if (state == JobState.CANCELLING) {
			return JobState.CANCELLED;
		}
		return resumes < maxResumes ? JobState.RUNNING : JobState.INTERRUPTED;
	}
}
