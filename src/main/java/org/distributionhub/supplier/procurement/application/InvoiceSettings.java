package org.distributionhub.supplier.procurement.application;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.distributionhub.supplier.procurement.domain.InvoiceTolerances;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator settings of the three-way match ({@code hub.supplier.invoices.*}): the default tolerances of suppliers
 * without their own, and the total each staff role may approve (a role without a limit approves any amount; AUDITOR
 * never approves).
 */
@ConfigurationProperties("hub.supplier.invoices")
public record InvoiceSettings(@Nullable Tolerance tolerance, @Nullable Map<String, BigDecimal> approvalLimits) {

	public InvoiceSettings {
		tolerance = tolerance != null ? tolerance : new Tolerance(null, null, null, null, null, null, null, null);
		approvalLimits = approvalLimits != null ? Map.copyOf(approvalLimits) : Map.of();
	}

	InvoiceTolerances defaults() {
		return tolerance.toTolerances();
	}

	/** The hub's default tolerances: price 2 % or 0.05, quantity 0 % or 0, total 1 % or 1.00, charges 10.00, P3D. */
	public record Tolerance(@Nullable BigDecimal pricePercent, @Nullable BigDecimal priceAbsolute,
			@Nullable BigDecimal quantityPercent, @Nullable BigDecimal quantityAbsolute,
			@Nullable BigDecimal totalPercent, @Nullable BigDecimal totalAbsolute,
			@Nullable BigDecimal chargesAbsolute, @Nullable Duration waitForGoods) {

		InvoiceTolerances toTolerances() {
			return new InvoiceTolerances(or(pricePercent, "2"), or(priceAbsolute, "0.05"), or(quantityPercent, "0"),
					or(quantityAbsolute, "0"), or(totalPercent, "1"), or(totalAbsolute, "1.00"),
					or(chargesAbsolute, "10.00"), waitForGoods != null ? waitForGoods : Duration.ofDays(3));
		}

		private static BigDecimal or(@Nullable BigDecimal value, String otherwise) {
			return value != null ? value : new BigDecimal(otherwise);
		}
	}
}
