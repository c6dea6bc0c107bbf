package org.distributionhub.order.application;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicBoolean;

import org.distributionhub.order.domain.Allocation;
import org.distributionhub.order.ports.in.NotifyOms;
import org.distributionhub.order.ports.out.OmsWebhook;
import org.distributionhub.order.ports.out.OmsWebhook.PromiseMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends promise changes to the OMS webhook. A failure propagates, so the event backbone tries the delivery again
 * with backoff and dead-letters it in the end; without a webhook it says so once in the log and sends nothing.
 */
@Service
class OmsPromiseNotification implements NotifyOms {

	private static final Logger log = LoggerFactory.getLogger(OmsPromiseNotification.class);

	private final OmsWebhook webhook;
	private final AtomicBoolean toldUnconfigured = new AtomicBoolean();

	OmsPromiseNotification(OmsWebhook webhook) {
		this.webhook = webhook;
	}

	@Override
	public void promiseChanged(PromiseNotice n) {
		if (!webhook.configured()) {
			if (toldUnconfigured.compareAndSet(false, true)) {
				log.info("No OMS webhook is configured (hub.order.oms.webhook-url): promise changes are kept for the "
						+ "console but not sent");
			}
			return;
		}
		webhook.post(new PromiseMessage(n.eventId(), n.orderId(), n.channel(), n.externalOrderId(), n.lineNumber(),
				n.sku(), allocation(n.status()), n.promiseDate(),
				n.previousStatus() == null ? null : allocation(n.previousStatus()), n.previousPromiseDate(),
				plain(n.reserved()), plain(n.backordered()), n.unit(), n.changedAt()));
	}

	private static Allocation allocation(PromiseStatus status) {
		return switch (status) {
			case RESERVED -> Allocation.RESERVED;
			case BACKORDERED -> Allocation.BACKORDERED;
			case NO_INBOUND -> Allocation.NO_INBOUND;
			case REFUSED -> Allocation.REFUSED;
		};
	}

	/** 10 rather than 1E+1 in the JSON the OMS reads. */
	private static BigDecimal plain(BigDecimal amount) {
		return new BigDecimal(amount.toPlainString());
	}
}
