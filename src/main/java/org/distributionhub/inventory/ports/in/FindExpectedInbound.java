package org.distributionhub.inventory.ports.in;

import java.util.List;

import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/** What is expected inbound of a SKU, per location: quantities by date, totals and the purchase order lines. */
public interface FindExpectedInbound {

	/** One view per location that expects the SKU (only {@code location} if given), ordered by location. */
	List<ExpectedInboundView> find(Sku sku, @Nullable String location);
}
