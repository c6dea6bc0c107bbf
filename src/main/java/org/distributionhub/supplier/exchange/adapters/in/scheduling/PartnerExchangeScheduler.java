package org.distributionhub.supplier.exchange.adapters.in.scheduling;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.distributionhub.supplier.exchange.ports.in.DeliverPartnerOutbox;
import org.distributionhub.supplier.exchange.ports.in.DeliveryRound;
import org.distributionhub.supplier.exchange.ports.in.SendPartnerWebhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The exchange's timers: outbox folders and webhooks every hub.supplier.outbox-poll-interval (rounds back to back
 * while they find work, for a few seconds at most, as the scheduler's thread is shared). A failing round is logged
 * and the next one tries again. Off with hub.supplier.scheduling.enabled=false.
 */
@Component
@ConditionalOnBooleanProperty(name = "hub.supplier.scheduling.enabled", matchIfMissing = true)
class PartnerExchangeScheduler {

	private static final Logger log = LoggerFactory.getLogger(PartnerExchangeScheduler.class);

	private static final long MAX_TICK_NANOS = TimeUnit.SECONDS.toNanos(5);

	private final DeliverPartnerOutbox folders;
	private final SendPartnerWebhooks webhooks;

	PartnerExchangeScheduler(DeliverPartnerOutbox folders, SendPartnerWebhooks webhooks) {
		this.folders = folders;
		this.webhooks = webhooks;
	}

	@Scheduled(fixedDelayString = "${hub.supplier.outbox-poll-interval:2s}",
			initialDelayString = "${hub.supplier.outbox-poll-interval:2s}")
	void deliverToFolders() {
		drain("Outbox folder delivery", folders::deliverDue);
	}

	@Scheduled(fixedDelayString = "${hub.supplier.outbox-poll-interval:2s}",
			initialDelayString = "${hub.supplier.outbox-poll-interval:2s}")
	void sendWebhooks() {
		drain("Webhook delivery", webhooks::sendDue);
	}

	private static void drain(String what, Supplier<DeliveryRound> round) {
		try {
			long start = System.nanoTime();
			DeliveryRound last;
			do {
				last = round.get();
				if (last.retrying() + last.failed() > 0) {
					log.info("{}: {} delivered, {} to retry, {} failed", what, last.delivered(), last.retrying(),
							last.failed());
				}
			}
			while (last.delivered() > 0 && System.nanoTime() - start < MAX_TICK_NANOS);
		}
		catch (RuntimeException e) {
			log.error("{} round failed; the next round tries again", what, e);
		}
	}
}
