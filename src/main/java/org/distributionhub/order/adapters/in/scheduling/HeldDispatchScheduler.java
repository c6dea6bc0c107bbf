package org.distributionhub.order.adapters.in.scheduling;

import org.distributionhub.order.ports.in.FlagHeldDispatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Flags held dispatches past hub.order.held-dispatch-limit every hub.order.held-dispatch-check-interval; a failing
 * round is logged and the next one tries again. Off with hub.order.scheduling.enabled=false.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.order.scheduling.enabled", matchIfMissing = true)
class HeldDispatchScheduler {

	private static final Logger log = LoggerFactory.getLogger(HeldDispatchScheduler.class);

	private final FlagHeldDispatches flagging;

	HeldDispatchScheduler(FlagHeldDispatches flagging) {
		this.flagging = flagging;
	}

	@Scheduled(fixedDelayString = "${hub.order.held-dispatch-check-interval:1m}",
			initialDelayString = "${hub.order.held-dispatch-check-interval:1m}")
	void flagHeldDispatches() {
		try {
			flagging.flagDue();
		}
		catch (RuntimeException e) {
			log.error("Checking held dispatches failed; the next round tries again", e);
		}
	}
}
