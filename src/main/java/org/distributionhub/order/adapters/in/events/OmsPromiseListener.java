package org.distributionhub.order.adapters.in.events;

import org.distributionhub.order.events.OrderPromiseChanged;
import org.distributionhub.order.ports.in.NotifyOms;
import org.distributionhub.order.ports.in.NotifyOms.PromiseNotice;
import org.distributionhub.order.ports.in.NotifyOms.PromiseStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the OMS of each promise change. A failed call fails the delivery, which the event backbone keeps and tries
 * again with backoff, so an OMS that is down loses nothing.
 */
@Component
class OmsPromiseListener {

	private final NotifyOms oms;

	OmsPromiseListener(NotifyOms oms) {
		this.oms = oms;
	}

	@ApplicationModuleListener(id = "order.oms.promise-notification")
	void on(OrderPromiseChanged event) {
		String previous = event.previousStatus();
		oms.promiseChanged(new PromiseNotice(event.eventId(), event.orderId(), event.channel(),
				event.externalOrderId(), event.lineNumber(), event.sku().code(), PromiseStatus.valueOf(event.status()),
				event.promiseDate(), previous == null ? null : PromiseStatus.valueOf(previous),
				event.previousPromiseDate(), event.reserved().amount(), event.backordered().amount(),
				event.reserved().unit().code(), event.changedAt()));
	}
}
