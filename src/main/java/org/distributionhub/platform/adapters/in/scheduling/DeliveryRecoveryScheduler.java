package org.distributionhub.platform.adapters.in.scheduling;

import org.distributionhub.platform.ports.in.RecoverInterruptedDeliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recovers interrupted deliveries once the context is ready (what this node's previous run left when it crashed),
 * then every hub.events.recovery.takeover-interval (what nodes that stopped beating left). A failing pass is logged
 * and the next one tries again; the staleness monitor stays the safety net.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.events.recovery.enabled", matchIfMissing = true)
class DeliveryRecoveryScheduler {

	private static final Logger LOG = LoggerFactory.getLogger(DeliveryRecoveryScheduler.class);

	private final RecoverInterruptedDeliveries recovery;

	DeliveryRecoveryScheduler(RecoverInterruptedDeliveries recovery) {
		this.recovery = recovery;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		try {
			var pass = recovery.recover();
			LOG.info("Recovery at start: {} interrupted delivery(ies) taken over, {} resubmitted at once",
					pass.takenOver(), pass.resubmitted());
		}
		catch (RuntimeException e) {
			LOG.error("Recovery at start failed; the periodic takeover tries again", e);
		}
	}

	@Scheduled(fixedDelayString = "${hub.events.recovery.takeover-interval:10s}",
			initialDelayString = "${hub.events.recovery.takeover-interval:10s}")
	void takeOver() {
		try {
			recovery.recover();
		}
		catch (RuntimeException e) {
			LOG.error("Takeover of interrupted deliveries failed; the next pass tries again", e);
		}
	}
}
