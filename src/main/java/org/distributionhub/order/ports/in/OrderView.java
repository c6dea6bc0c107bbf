package org.distributionhub.order.ports.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An order as it stands: its state and what it waits for in words, each line with its allocation and warehouse
 * progress, the warehouse steps it holds back, and its shipments.
 */
public record OrderView(String orderId, String channel, String externalOrderId, String customer, String warehouse,
		String invoicing, int revision, String state, @Nullable String waitingFor, @Nullable LocalDate promiseDate,
		Instant placedAt, Instant updatedAt, @Nullable Instant cancelledAt, @Nullable String cancelReason,
		List<LineView> lines, List<HeldStepView> heldSteps, List<ShipmentView> shipments) {

	/** {@code allocation}: PENDING, RESERVED, BACKORDERED, NO_INBOUND, REFUSED or CANCELLED; amounts in {@code unit}. */
	public record LineView(int lineNumber, String sku, BigDecimal ordered, String unit, @Nullable String unitPrice,
			@Nullable String currency, String allocation, BigDecimal reserved, BigDecimal backordered,
			@Nullable LocalDate promiseDate, @Nullable String refusal, BigDecimal picked, BigDecimal shipped) {
	}

	/** A dispatch held back from the ERP: why, since when, and whether it is past its limit (flagged). */
	public record HeldStepView(String step, String reference, String reason, Instant heldSince,
			@Nullable Instant flaggedAt) {
	}

	/** {@code status}: HELD or RELEASED. */
	public record ShipmentView(String shipmentId, String status, @Nullable String reason, Instant dispatchedAt,
			Instant receivedAt, @Nullable Instant releasedAt, @Nullable Instant flaggedAt, @Nullable String carrier,
			@Nullable String trackingNumber, @Nullable String invoiceReference, List<ShipmentLineView> lines) {
	}

	public record ShipmentLineView(int lineNumber, String sku, BigDecimal quantity, String unit) {
	}
}
