package org.distributionhub.supplier.procurement.adapters.in.web;

import java.math.BigDecimal;

import org.distributionhub.shared.DecimalLimit;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A canonical purchase order as an ERP or its connector posts it to {@code /api/v1/purchase-orders}. */
record PurchaseOrderRequest(
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String supplierId,
		@NotBlank @Size(max = 40) String poNumber,
		@NotNull @Min(0) Integer revision,
		@NotNull LocalDate orderDate,
		@NotBlank @Size(max = 64) String shipTo,
		@Nullable @Pattern(regexp = "[A-Z]{3}") String currency,
		@NotEmpty @Size(max = 5000) List<@Valid @NotNull Line> lines) {

	/** One ordered line. */
	@Schema(name = "PurchaseOrderLine")
	record Line(
			@NotBlank @Size(max = 20) String lineNumber,
			@NotBlank @Size(max = 64) String sku,
			@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = DecimalLimit.QUANTITY_INTEGER_DIGITS, fraction = DecimalLimit.QUANTITY_DECIMALS) BigDecimal quantity,
			@NotBlank @Pattern(regexp = "[A-Za-z0-9]{2,3}") String unit,
			@Nullable @DecimalMin("0") @Digits(integer = DecimalLimit.AMOUNT_INTEGER_DIGITS, fraction = DecimalLimit.AMOUNT_DECIMALS) BigDecimal unitPrice,
			@NotNull LocalDate requestedDate) {
	}
}
