package org.distributionhub.order.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.distributionhub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Whether a dispatched shipment may be released: for each of its lines the confirmed picks not yet shipped must
 * cover the dispatched quantity, and the line's allocation must be final for it (reserved, no backorder pending for
 * that quantity). Returns what holds it back, null if nothing does.
 */
final class DispatchCheck {

	private DispatchCheck() {
	}

	static @Nullable Hold check(Shipment shipment, Map<Integer, OrderLine> lines, boolean orderCancelled) {
		if (orderCancelled) {
			return new Hold(Hold.Cause.ORDER, "the order is cancelled");
		}
		List<Hold> holds = new ArrayList<>();
		shipment.quantitiesByLine().forEach((number, quantity) -> holds.addAll(check(number, quantity, lines.get(number))));
		if (holds.isEmpty()) {
			return null;
		}
		String reasons = String.join("; ", holds.stream().map(Hold::reason).toList());
		return new Hold(holds.get(0).cause(), reasons);
	}

	private static List<Hold> check(int number, Quantity quantity, @Nullable OrderLine line) {
		if (line == null || line.isCancelled()) {
			return List.of(new Hold(Hold.Cause.ORDER, "line " + number + " is not on the order"));
		}
		if (!line.inOrderedUnit(quantity)) {
			return List.of(new Hold(Hold.Cause.ORDER, "line " + number + " is ordered in " + line.ordered().unit()
					+ " but dispatched in " + quantity.unit()));
		}
		List<Hold> holds = new ArrayList<>();
		Quantity available = line.available();
		if (available.isZero()) {
			holds.add(new Hold(Hold.Cause.PICK, "waiting for pick confirmation of line " + number));
		}
		else if (quantity.isGreaterThan(available)) {
			String picked = line.shipped().isZero() ? " picked" : " picked and not yet shipped";
			holds.add(new Hold(Hold.Cause.PICK, "dispatch of " + amount(quantity) + " exceeds the " + amount(available)
					+ picked + " on line " + number));
		}
		if (quantity.isGreaterThan(line.open())) {
			holds.add(new Hold(Hold.Cause.ORDER, "dispatch of " + amount(quantity) + " exceeds the "
					+ amount(line.open()) + " ordered and not yet shipped on line " + number));
		}
		else if (!line.allocationCovers(quantity)) {
			holds.add(new Hold(Hold.Cause.ALLOCATION, "waiting for allocation of line " + number));
		}
		return holds;
	}

	private static String amount(Quantity quantity) {
		return quantity.amount().toPlainString();
	}
}
