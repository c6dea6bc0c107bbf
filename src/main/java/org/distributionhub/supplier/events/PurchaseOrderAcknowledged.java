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
import org.distributionhub.shared.StateEvent;
import org.distributionhub.shared.StateVersion;
import org.jspecify.annotations.Nullable;

/**
 * A supplier's acknowledgement changed what we expect on a purchase order; published once per effective change,
 * whatever channel or how many copies brought it. Lines the acknowledgement did not change are not listed.
 * {@code before} and {@code after} are the line's full delivery schedule, so a listener can replace its view.
 * {@code stateVersion} is the purchase order's version after this change: every listed line is stated at it, so a
 * listener that already applied a newer statement of a line skips the line (0: published before lines had versions).
 */
public record PurchaseOrderAcknowledged(UUID eventId, CorrelationId correlationId, String supplierId,
		String poNumber, String shipTo, String acknowledgementId, String channel, List<Line> lines,
		long stateVersion) implements StateEvent<PurchaseOrderAcknowledged> {

	public PurchaseOrderAcknowledged {
		lines = List.copyOf(lines);
	}

	/** The name of a purchase order line's acknowledged state in {@link StateVersion}s. */
	public static String lineObject(String supplierId, String poNumber, String lineNumber) {
		return "purchase-order-line:" + supplierId + "/" + poNumber + "/" + lineNumber;
	}

	@Override
	public List<StateVersion> states() {
		if (stateVersion <= 0) {
			return List.of();
		}
		return lines.stream()
			.map(line -> new StateVersion(lineObject(supplierId, poNumber, line.lineNumber()), stateVersion))
			.toList();
	}

	@Override
	public PurchaseOrderAcknowledged onlyFor(Set<String> objects) {
		return new PurchaseOrderAcknowledged(eventId, correlationId, supplierId, poNumber, shipTo, acknowledgementId,
				channel, lines.stream()
					.filter(line -> objects.contains(lineObject(supplierId, poNumber, line.lineNumber())))
					.toList(),
				stateVersion);
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
