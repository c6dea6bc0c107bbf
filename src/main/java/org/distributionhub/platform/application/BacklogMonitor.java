package org.distributionhub.platform.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.distributionhub.platform.domain.DeliveryBacklog;
import org.distributionhub.platform.ports.in.FindBacklog;
import org.distributionhub.platform.ports.out.ListenerQueue;
import org.distributionhub.platform.ports.out.WaitingPublications;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Samples the delivery backlog every few seconds and keeps the last sample, so a request asks memory, never the
 * database. A sample the database cannot answer keeps the one before (the outage answers requests by itself).
 */
@Service
class BacklogMonitor implements FindBacklog {

	private static final Logger LOG = LoggerFactory.getLogger(BacklogMonitor.class);

	private final WaitingPublications publications;
	private final ListenerQueue queue;
	private final BackpressureProperties limits;
	private final Clock clock;

	private volatile DeliveryBacklog last = DeliveryBacklog.NONE;
	private volatile @Nullable Instant sampledAt;
	private volatile boolean refusing;

	BacklogMonitor(WaitingPublications publications, ListenerQueue queue, BackpressureProperties limits, Clock clock) {
		this.publications = publications;
		this.queue = queue;
		this.limits = limits;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${hub.events.backpressure.sample-interval:2s}", initialDelayString = "1s")
	public void sample() {
		try {
			var waiting = publications.waiting();
			Instant now = clock.instant();
			Duration age = waiting.oldest() == null ? Duration.ZERO : Duration.between(waiting.oldest(), now);
			var backlog = new DeliveryBacklog(waiting.count(), age, queue.size());
			boolean over = limits.enabled() && backlog.over(limits.maxBacklog(), limits.maxAge());
			if (over != refusing) {
				LOG.warn(over ? "Intake refused with 503: {} events waiting, oldest {} s, {} queued (limits {} events, {} s)"
						: "Intake accepted again: {} events waiting, oldest {} s, {} queued (limits {} events, {} s)",
						backlog.waiting(), backlog.oldestAge().toSeconds(), backlog.queued(), limits.maxBacklog(),
						limits.maxAge().toSeconds());
			}
			last = backlog;
			refusing = over;
			sampledAt = now;
		}
		catch (RuntimeException e) {
			LOG.debug("The delivery backlog could not be sampled; the last sample stays", e);
		}
	}

	@Override
	public BacklogView backlog() {
		DeliveryBacklog backlog = last;
		return new BacklogView(backlog.waiting(), backlog.oldestAge(), backlog.queued(), refusing,
				limits.maxBacklog(), limits.maxAge(), limits.retryAfter(), sampledAt);
	}
}
