package org.distributionhub.supplier.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.distributionhub.shared.CorrelationId;
import org.distributionhub.shared.IntegrationEvent;
import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jspecify.annotations.Nullable;

/**
 * A supplier's acknowledgement changed what we expect on a purchase order; published once per effective change,
 * whatever channel or how many copies brought it. Lines the acknowledgement did not change are not listed.
 * {@code before} and {@code after} are the line's full delivery schedule, so a listener can replace its view.
 */
public record PurchaseOrderAcknowledged(UUID eventId, CorrelationId correlationId, String supplierId,
		String poNumber, String shipTo, String acknowledgementId, String channel, List<Line> lines)
		implements IntegrationEvent {

	public PurchaseOrderAcknowledged {
		lines = List.copyOf(lines);
	}

	/**
	 * One changed line: the quantity confirmed on dates and the earliest date, before and after (an undated backorder
	 * is in the schedules, not in the confirmed quantity).
	 */
	public record Line(String lineNumber, Sku sku, Set<LineOutcome> outcomes, Quantity oldQuantity,
			Quantity newQuantity, @Nullable LocalDate oldDate, @Nullable LocalDate newDate,
			@Nullable Money oldUnitPrice, @Nullable Money newUnitPrice, List<ScheduledQuantity> before,
			List<ScheduledQuantity> after, @Nullable Sku substitute, @Nullable String reason) {

		public Line {
			outcomes = Set.copyOf(outcomes);
			before = List.copyOf(before);
			after = List.copyOf(after);
		}
	}

	/** A quantity the supplier will deliver on a date; a null date is a backorder it has not dated yet. */
	public record ScheduledQuantity(Quantity quantity, @Nullable LocalDate date) {
	}
}
