package org.distributionhub.erpgateway.adapters.out.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** CUSTOMER_INVOICE: the sales order it bills, the customer's code in the ERP, and the billed lines. */
public record CustomerInvoice(String orderNumber, String customer, @Nullable LocalDate invoiceDate,
		@Nullable String currency, List<Line> lines) {

	public CustomerInvoice {
		lines = List.copyOf(lines);
	}

	public record Line(String sku, BigDecimal quantity, @Nullable BigDecimal unitPrice) {
	}
}
