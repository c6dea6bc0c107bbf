package org.distributionhub.supplier.partners.api;

import java.math.BigDecimal;

import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.jspecify.annotations.Nullable;

/**
 * One line of a supplier's item cross-reference: its part number (and GTIN/UPC if known) for our SKU, the unit it
 * sells in, and how many of our units one of its units holds (a case of 12: factor 12). The factor is kept without
 * trailing zeros (12.000 is 12), so equal mappings are equal records however they were read.
 */
public record ItemMapping(String supplierPart, Sku sku, @Nullable String gtin, UnitOfMeasure supplierUnit,
		UnitOfMeasure ourUnit, BigDecimal factor) {

	public ItemMapping {
		if (supplierPart == null || supplierPart.isBlank() || supplierPart.strip().length() > 64) {
			throw new IllegalArgumentException("A supplier part number is 1 to 64 characters");
		}
		if (factor == null || factor.signum() <= 0) {
			throw new IllegalArgumentException("A unit conversion factor must be greater than zero");
		}
		supplierPart = supplierPart.strip();
		factor = factor.stripTrailingZeros();
		if (factor.scale() < 0) {
			factor = factor.setScale(0);
		}
		gtin = gtin == null || gtin.isBlank() ? null : gtin.strip();
	}
}
