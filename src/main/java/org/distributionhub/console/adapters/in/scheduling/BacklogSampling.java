package org.distributionhub.console.adapters.in.scheduling;

import org.distributionhub.console.ports.in.SampleBacklog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Samples the backlog at the start of every minute; a failing sample is logged and the chart has a gap. Off with
 * hub.console.backlog-samples.enabled=false.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.console.backlog-samples.enabled", matchIfMissing = true)
class BacklogSampling {

	private static final Logger log = LoggerFactory.getLogger(BacklogSampling.class);

	private final SampleBacklog backlog;

	BacklogSampling(SampleBacklog backlog) {
		this.backlog = backlog;
	}

	@Scheduled(cron = "0 * * * * *")
	void sample() {
		try {
			backlog.sample();
		}
		catch (RuntimeException e) {
			log.warn("Sampling the backlog failed; the backlog chart has a gap for this minute", e);
		}
	}
}
