package org.distributionhub.supplier.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A purchase order as sent to its supplier, with what the supplier said of each line, for the console. */
public interface FindPurchaseOrders {

	Optional<PurchaseOrderView> purchaseOrder(String supplierId, String poNumber);

	/**
	 * {@code state} is ACKNOWLEDGED, OVERDUE (past its due time without an acknowledgement) or AWAITING;
	 * {@code value} is the sum of ordered quantity times price over the priced lines, null when no line has a price.
	 */
	record PurchaseOrderView(String supplierId, String poNumber, int revision, LocalDate orderDate, String shipTo,
			@Nullable String currency, String state, @Nullable Instant acknowledgedAt, Instant acknowledgementDueAt,
			@Nullable String functionalAckStatus, @Nullable BigDecimal value, boolean everyLinePriced,
			List<LineView> lines) {

		public PurchaseOrderView {
			lines = List.copyOf(lines);
		}
	}

	/**
	 * A line as ordered and as its supplier answered: whether it acknowledged it, the statuses it gave, the schedule
	 * it will deliver (a null date is an undated backorder), what it rejected or was cancelled, its confirmed price
	 * and any substitute item, with its reason.
	 */
	record LineView(String lineNumber, String sku, BigDecimal ordered, String unit, @Nullable BigDecimal unitPrice,
			LocalDate requestedDate, boolean acknowledged, List<String> statuses, List<ScheduledDelivery> schedule,
			BigDecimal rejected, BigDecimal cancelled, @Nullable BigDecimal confirmedPrice, @Nullable String substitute,
			@Nullable String reason) {

		public LineView {
			statuses = List.copyOf(statuses);
			schedule = List.copyOf(schedule);
		}
	}

	record ScheduledDelivery(BigDecimal quantity, @Nullable LocalDate date) {
	}
}
