package org.distributionhub.supplier.procurement.domain;

import java.math.BigDecimal;

import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * An invoiced line in our terms: the PO line it bills (null when none was found), our SKU, the quantity in the PO
 * line's unit, the unit price per that unit and the line amount as invoiced; {@code partnerItem} as the partner named it.
 */
@ValueObject
public record InvoiceLine(int position, @Nullable String poLineNumber, @Nullable String sku, BigDecimal quantity,
		@Nullable String unit, BigDecimal unitPrice, BigDecimal amount, @Nullable String partnerItem) {

	public InvoiceLine {
		if (quantity.signum() < 0 || unitPrice.signum() < 0) {
			throw new IllegalArgumentException("Line " + position + ": quantity and unit price are zero or more");
		}
	}
}
