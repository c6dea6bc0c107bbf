package org.distributionhub.order.adapters.out.jdbc;

import org.distributionhub.order.ports.out.CustomerOrders;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * hub.order.held.dispatches{state}: orders holding a dispatch back from the ERP (holding) and those holding one
 * past hub.order.held-dispatch-limit (flagged). Read from the order headers at each scrape.
 */
@Component
class HeldDispatchMetrics implements MeterBinder {

	private final CustomerOrders orders;

	HeldDispatchMetrics(CustomerOrders orders) {
		this.orders = orders;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("hub.order.held.dispatches", orders, it -> it.heldCounts().holding())
			.description("Orders holding a dispatched shipment back until its picks and allocation cover it")
			.tag("state", "holding")
			.register(registry);
		Gauge.builder("hub.order.held.dispatches", orders, it -> it.heldCounts().flagged())
			.description("Orders holding a dispatched shipment past the held-dispatch limit")
			.tag("state", "flagged")
			.register(registry);
	}
}
