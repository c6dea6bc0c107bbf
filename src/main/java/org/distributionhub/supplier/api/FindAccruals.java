package org.distributionhub.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The accrual reconciliation: per supplier and purchase order, the value received but not yet invoiced (an accrued
 * liability) and the value invoiced but not received, each with its age. Credit notes reduce what was invoiced.
 */
public interface FindAccruals {

	/** Every PO with a difference between received and invoiced value, the oldest first; supplierId null for all. */
	List<Accrual> accruals(@Nullable String supplierId);

	/**
	 * {@code receivedNotInvoiced} and {@code invoicedNotReceived} are values at the PO price (never both above
	 * zero for one line; summed per PO); {@code since} is the oldest receipt or invoice behind the difference.
	 */
	record Accrual(String supplierId, String poNumber, String currency, BigDecimal receivedValue,
			BigDecimal invoicedValue, BigDecimal receivedNotInvoiced, BigDecimal invoicedNotReceived,
			Instant since) {
	}
}
