package org.distributionhub.supplier.procurement.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.distributionhub.shared.Money;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * Where a purchase order line stands with its supplier: what it will deliver when ({@code schedule}), what it
 * rejected or what was cancelled, the statuses it gave, the price it confirmed and any substitute item.
 */
@ValueObject
public record LineState(boolean acknowledged, List<Delivery> schedule, Quantity rejected, Quantity cancelled,
		Set<LineStatus> statuses, @Nullable Money unitPrice, @Nullable Sku substitute, @Nullable String reason) {

	public LineState {
		schedule = List.copyOf(schedule);
		statuses = Set.copyOf(statuses);
	}

	static LineState unacknowledged(Quantity ordered, LocalDate requestedDate, @Nullable Money unitPrice) {
		return new LineState(false, List.of(new Delivery(ordered, requestedDate)), zero(ordered), zero(ordered),
				Set.of(), unitPrice, null, null);
	}

	static Quantity zero(Quantity like) {
		return new Quantity(java.math.BigDecimal.ZERO, like.unit());
	}

	/** The quantity the supplier will deliver, dated or not. */
	public Quantity expected(Quantity like) {
		return schedule.stream().map(Delivery::quantity).reduce(zero(like), Quantity::plus);
	}

	/** The quantity the supplier will deliver on a date it gave; undated backorders are not counted. */
	public Quantity confirmed(Quantity like) {
		return schedule.stream().filter(delivery -> delivery.date() != null).map(Delivery::quantity)
			.reduce(zero(like), Quantity::plus);
	}

	public @Nullable LocalDate earliestDate() {
		return schedule.stream().map(Delivery::date).filter(Objects::nonNull).min(Comparator.naturalOrder())
				.orElse(null);
	}

	public boolean hasUndatedBackorder() {
		return schedule.stream().anyMatch(delivery -> delivery.date() == null);
	}
}
