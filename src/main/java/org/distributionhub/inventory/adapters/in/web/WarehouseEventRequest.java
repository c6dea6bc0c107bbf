package org.distributionhub.inventory.adapters.in.web;

import java.math.BigDecimal;

import org.distributionhub.shared.DecimalLimit;
import java.time.Instant;
import java.util.List;

import org.distributionhub.inventory.ports.in.WarehouseMessage;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * One warehouse event as the WMS posts it to {@code /api/v1/warehouse/events}. The shape is checked here; what a
 * type needs (an order id, a shipment id, signed or positive quantities) and what must be known is checked by the
 * use case, for the folder's CSV events too.
 */
record WarehouseEventRequest(
		@NotBlank @Size(max = 100) @Nullable String eventId,
		@NotBlank @Pattern(regexp = "\\s*(?i)(PICK_CONFIRMED|SHIPMENT_DISPATCHED|GOODS_RECEIVED|STOCK_ADJUSTED)\\s*",
				message = "must be one of PICK_CONFIRMED, SHIPMENT_DISPATCHED, GOODS_RECEIVED, STOCK_ADJUSTED")
		@Nullable String type,
		@NotBlank @Size(max = 100) @Nullable String warehouse,
		@Nullable Instant occurredAt,
		@Size(max = 100) @Nullable String orderId,
		@Size(max = 100) @Nullable String shipmentId,
		@Size(max = 100) @Nullable String poNumber,
		@Size(max = 200) @Nullable String reason,
		@Size(max = 100) @Nullable String carrier,
		@Size(max = 100) @Nullable String trackingNumber,
		@NotEmpty @Size(max = 1000) @Nullable List<@Valid @NotNull Line> lines) {

	/** An order line, a PO line or a SKU, and its quantity (a signed change for STOCK_ADJUSTED). */
	@Schema(name = "WarehouseEventLine")
	record Line(
			@Positive @Nullable Integer lineNumber,
			@Size(max = 50) @Nullable String poLineNumber,
			@Size(max = 64) @Nullable String sku,
			@NotNull @Digits(integer = DecimalLimit.QUANTITY_INTEGER_DIGITS, fraction = DecimalLimit.STOCK_DECIMALS) @Nullable BigDecimal quantity,
			@Pattern(regexp = "\\s*[A-Za-z0-9]{2,3}\\s*", message = "must be a 2 or 3 character unit code such as EA")
			@Nullable String unit) {
	}

	WarehouseMessage toMessage() {
		return new WarehouseMessage(eventId, type, warehouse, occurredAt, orderId, shipmentId, poNumber, reason,
				carrier, trackingNumber,
				lines == null ? List.of()
						: lines.stream()
							.map(it -> new WarehouseMessage.Line(it.lineNumber(), it.poLineNumber(), it.sku(),
									it.quantity(), it.unit()))
							.toList());
	}
}
