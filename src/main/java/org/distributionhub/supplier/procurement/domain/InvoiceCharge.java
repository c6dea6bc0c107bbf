package org.distributionhub.supplier.procurement.domain;

import java.math.BigDecimal;

import org.jmolecules.ddd.annotation.ValueObject;

/** A tax, charge or allowance of a whole invoice: kind TAX, CHARGE or ALLOWANCE; an allowance's amount is negative. */
@ValueObject
public record InvoiceCharge(String kind, String description, BigDecimal amount) {

	public static final String TAX = "TAX";

	public static final String CHARGE = "CHARGE";

	public static final String ALLOWANCE = "ALLOWANCE";

	public InvoiceCharge {
		if (!TAX.equals(kind) && !CHARGE.equals(kind) && !ALLOWANCE.equals(kind)) {
			throw new IllegalArgumentException("A charge is a TAX, CHARGE or ALLOWANCE, not " + kind);
		}
	}
}
