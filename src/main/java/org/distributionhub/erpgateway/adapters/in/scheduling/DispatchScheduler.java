package org.distributionhub.erpgateway.adapters.in.scheduling;

import org.distributionhub.erpgateway.ports.in.DispatchPostings;
import org.distributionhub.erpgateway.ports.in.DispatchPostings.DispatchRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hub.erp.dispatch.poll-interval, runs dispatch rounds back to back while they get answers from the ERP, so a
 * backlog drains without waiting for the next tick, but for a few seconds at most: the scheduler's thread is shared
 * with the other modules' timers. Off with hub.erp.dispatch.enabled=false.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.erp.dispatch.enabled", matchIfMissing = true)
class DispatchScheduler {

	private static final Logger LOG = LoggerFactory.getLogger(DispatchScheduler.class);

	private static final long MAX_TICK_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

	private final DispatchPostings dispatch;

	DispatchScheduler(DispatchPostings dispatch) {
		this.dispatch = dispatch;
	}

	@Scheduled(fixedDelayString = "${hub.erp.dispatch.poll-interval:1s}",
			initialDelayString = "${hub.erp.dispatch.poll-interval:1s}")
	void dispatchDue() {
		try {
			long start = System.nanoTime();
			DispatchRound round;
			do {
				round = dispatch.dispatchDue();
			}
			while (round.sent() + round.retrying() + round.parked() > 0 && System.nanoTime() - start < MAX_TICK_NANOS);
		}
		catch (RuntimeException e) {
			LOG.error("ERP dispatch round failed; the next round tries again", e);
		}
	}
}
