package org.distributionhub.inventory.adapters.in.web;

import java.util.List;

import org.distributionhub.inventory.ports.in.ExpectedInboundView;

/** The answer for one SKU: a view per location that expects it, an empty list when none does. */
record ExpectedInboundResponse(String sku, List<ExpectedInboundView> locations) {

	static ExpectedInboundResponse of(String sku, List<ExpectedInboundView> locations) {
		return new ExpectedInboundResponse(sku.strip(), locations);
	}
}
