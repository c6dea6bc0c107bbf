package org.distributionhub.supplier.procurement.ports.in;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A supplier's invoice match tolerances for an ADMIN: read those in force (its own, else the hub's defaults) and set
 * its own, audited. An unknown supplier is {@link UnknownSupplierTolerances}; bad values an IllegalArgumentException.
 */
public interface ManageInvoiceTolerances {

	TolerancesView tolerances(String supplierId);

	TolerancesView save(String supplierId, TolerancesView tolerances, String by, @Nullable String reason);

	/**
	 * Tolerances as the API shows them: percents and amounts, {@code waitForGoods} an ISO-8601 duration (P3D), and
	 * {@code source} SUPPLIER (its own) or DEFAULT (the hub's); ignored when saving.
	 */
	record TolerancesView(BigDecimal linePricePercent, BigDecimal linePriceAbsolute, BigDecimal lineQuantityPercent,
			BigDecimal lineQuantityAbsolute, BigDecimal totalPercent, BigDecimal totalAbsolute,
			BigDecimal chargesAbsolute, String waitForGoods, @Nullable String source) {
	}

	final class UnknownSupplierTolerances extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public UnknownSupplierTolerances(String supplierId) {
			super("No supplier " + supplierId);
		}
	}
}
