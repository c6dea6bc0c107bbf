package org.distributionhub.console.jobs.adapters.in.scheduling;

import org.distributionhub.console.jobs.ports.in.ResumeStalledJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hub.jobs.sweep-interval, resumes the jobs a stopped hub left; a failing round is logged and tried again. */
@Component
class JobResumption {

	private static final Logger LOG = LoggerFactory.getLogger(JobResumption.class);

	private final ResumeStalledJobs resumption;

	JobResumption(ResumeStalledJobs resumption) {
		this.resumption = resumption;
	}

	@Scheduled(fixedDelayString = "${hub.jobs.sweep-interval:30s}", initialDelayString = "${hub.jobs.sweep-interval:30s}")
	void resume() {
		try {
			resumption.resumeStalled();
		}
		catch (RuntimeException e) {
			LOG.error("Looking for stalled bulk jobs failed; the next round tries again", e);
		}
	}
}
