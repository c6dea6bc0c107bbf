package org.distributionhub.platform.adapters.in.scheduling;

import org.distributionhub.platform.ports.in.RetryFailedDeliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs a retry round every hub.events.retry.poll-interval; a failing round is logged and the next one tries again. */
@Component
class DeliveryRetryScheduler {

	private static final Logger LOG = LoggerFactory.getLogger(DeliveryRetryScheduler.class);

	private final RetryFailedDeliveries retry;

	DeliveryRetryScheduler(RetryFailedDeliveries retry) {
		this.retry = retry;
	}

	@Scheduled(fixedDelayString = "${hub.events.retry.poll-interval:5s}",
			initialDelayString = "${hub.events.retry.poll-interval:5s}")
	void retryDue() {
		try {
			var round = retry.retryDue();
			if (round.deadLettered() + round.resubmitted() > 0) {
				LOG.info("Retry round: {} resubmitted, {} dead-lettered", round.resubmitted(), round.deadLettered());
			}
		}
		catch (RuntimeException e) {
			LOG.error("Retry round failed; the next round tries again", e);
		}
	}
}
