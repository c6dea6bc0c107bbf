package org.distributionhub.erpgateway.ports.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A confirmed purchase order as the ERP holds it: its id and change time in the ERP, the supplier as the ERP names it
 * (a partner id and a partner code such as Odoo's partner ref or ERPNext's supplier name), the warehouse it goes to,
 * and its lines with our SKU (the ERP's internal reference or item code) and the ERP's unit name.
 */
public record ErpPurchaseOrder(String erpId, Instant changedAt, String poNumber, @Nullable String partnerId,
		@Nullable String partnerCode, @Nullable LocalDate orderDate, @Nullable String shipTo,
		@Nullable String currency, List<Line> lines) {

	public ErpPurchaseOrder {
		lines = List.copyOf(lines);
	}

	public record Line(String lineNumber, @Nullable String sku, BigDecimal quantity, @Nullable String unit,
			@Nullable BigDecimal unitPrice, @Nullable LocalDate requestedDate) {
	}
}
