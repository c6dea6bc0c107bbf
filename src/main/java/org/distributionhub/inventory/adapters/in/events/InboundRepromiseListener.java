package org.distributionhub.inventory.adapters.in.events;

import org.distributionhub.inventory.events.InboundExpectationChanged;
import org.distributionhub.inventory.ports.in.RepromiseStock;
import org.distributionhub.inventory.ports.in.RepromiseStock.RepromiseStockCommand;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A change of expected inbound re-pegs the backorders of that SKU at that location. */
@Component
class InboundRepromiseListener {

	static final String INBOUND_CHANGED = "inventory.allocation.inbound-changed";

	private final RepromiseStock repromise;

	InboundRepromiseListener(RepromiseStock repromise) {
		this.repromise = repromise;
	}

	@ApplicationModuleListener(id = INBOUND_CHANGED)
	void on(InboundExpectationChanged changed) {
		repromise.repromise(new RepromiseStockCommand(changed.correlationId(), changed.sku(), changed.location()));
	}
}
