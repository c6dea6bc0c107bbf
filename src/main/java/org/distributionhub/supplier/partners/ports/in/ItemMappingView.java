package org.distributionhub.supplier.partners.ports.in;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One line of a supplier's item cross-reference. */
public record ItemMappingView(String supplierPart, String sku, @Nullable String gtin, String supplierUnit,
		String ourUnit, BigDecimal factor) {
}
