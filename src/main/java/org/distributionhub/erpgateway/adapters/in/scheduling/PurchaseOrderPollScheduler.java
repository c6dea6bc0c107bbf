package org.distributionhub.erpgateway.adapters.in.scheduling;

import org.distributionhub.erpgateway.ports.in.PollErpPurchaseOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reads the ERP's new and changed purchase orders every hub.erp.purchase-orders.poll-interval; off with enabled=false. */
@Component
@ConditionalOnBooleanProperty(name = "hub.erp.purchase-orders.enabled", matchIfMissing = true)
class PurchaseOrderPollScheduler {

	private static final Logger LOG = LoggerFactory.getLogger(PurchaseOrderPollScheduler.class);

	private final PollErpPurchaseOrders poll;

	PurchaseOrderPollScheduler(PollErpPurchaseOrders poll) {
		this.poll = poll;
	}

	@Scheduled(fixedDelayString = "${hub.erp.purchase-orders.poll-interval:1m}",
			initialDelayString = "${hub.erp.purchase-orders.poll-interval:1m}")
	void pollErp() {
		try {
			var round = poll.pollOnce();
			if (round.read() > 0) {
				LOG.info("Read {} purchase orders from the ERP: {} published, {} unchanged, {} refused", round.read(),
						round.published(), round.unchanged(), round.refused());
			}
		}
		catch (RuntimeException e) {
			LOG.error("Reading purchase orders from the ERP failed; the next poll tries again", e);
		}
	}
}
