package org.distributionhub.inventory.ports.in;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.Sku;

/** Expected inbound of a SKU at a location changed: the backorders of that position are pegged anew. */
public interface RepromiseStock {

	void repromise(RepromiseStockCommand command);

	record RepromiseStockCommand(CorrelationId correlationId, Sku sku, String location) {
	}
}
