package org.distributionhub.order.adapters.in.web;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer order as a channel posts it to {@code /api/v1/orders} (or puts it to change it). The most lines an
 * order may have (hub.order.max-lines), duplicate line numbers, known channels and currencies are checked by the
 * intake itself.
 */
record OrderRequest(
		@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "must be 1 to 32 letters, digits, '_' or '-'") String channel,
		@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}",
				message = "must be 1 to 64 letters, digits, '.', '_' or '-'") String externalOrderId,
		@NotBlank @Size(max = 64) String customer,
		@NotBlank @Size(max = 64) String warehouse,
		@Nullable @Pattern(regexp = "PER_ORDER|PER_SHIPMENT", message = "must be PER_ORDER or PER_SHIPMENT") String invoicing,
		@NotEmpty List<@Valid @NotNull Line> lines) {

	/** One ordered line; a unit price goes with its currency. */
	record Line(
			@NotNull @Min(1) Integer lineNumber,
			@NotBlank @Size(max = 64) String sku,
			@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 4) BigDecimal quantity,
			@NotBlank @Pattern(regexp = "[A-Za-z0-9]{2,3}", message = "must be a 2 or 3 character unit code such as EA") String unit,
			@Nullable @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal unitPrice,
			@Nullable @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR") String currency) {
	}
}
