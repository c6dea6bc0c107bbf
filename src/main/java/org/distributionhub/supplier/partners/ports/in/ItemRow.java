package org.distributionhub.supplier.partners.ports.in;

import org.jspecify.annotations.Nullable;

/**
 * One item mapping as given, unchecked: a CSV row (with its line number) or a JSON body (line 0). Units default to
 * EA and the factor to 1; the factor is how many of our units one supplier unit holds.
 */
public record ItemRow(int line, @Nullable String supplierPart, @Nullable String sku, @Nullable String gtin,
		@Nullable String supplierUnit, @Nullable String ourUnit, @Nullable String factor) {
}
