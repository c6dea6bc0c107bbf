package org.distributionhub.console.jobs.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * hub.jobs.*: the most items one bulk job takes, how long a job may go without a heartbeat before another round (of
 * this hub or another) takes it over, how often stalled jobs are looked for, and how often a job is resumed before
 * it is marked INTERRUPTED.
 */
@ConfigurationProperties("hub.jobs")
public record JobsProperties(@DefaultValue("10000") int maxItems, @DefaultValue("2m") Duration lease,
		@DefaultValue("30s") Duration sweepInterval, @DefaultValue("3") int maxResumes) {
}
