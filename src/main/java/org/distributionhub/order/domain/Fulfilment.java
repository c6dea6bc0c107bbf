package org.distributionhub.order.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.distributionhub.order.domain.OrderOutcome.InvoiceReady;
import org.distributionhub.order.domain.OrderOutcome.InvoicedLine;
import org.distributionhub.order.domain.OrderOutcome.ShipmentReleased;
import org.distributionhub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * The warehouse side of one order: its picks, its shipments (held or released) and the invoices handed out. Part of
 * the {@link CustomerOrder} aggregate, which passes it the lines whenever it settles.
 */
final class Fulfilment {

	private final List<Shipment> shipments = new ArrayList<>();
	private final List<Pick> picks = new ArrayList<>();
	private int invoices;

	Fulfilment(List<ShipmentSnapshot> shipments, List<Pick> picks, int invoices) {
		shipments.forEach(it -> this.shipments.add(Shipment.restore(it)));
		this.picks.addAll(picks);
		this.invoices = invoices;
	}

	boolean knowsPick(String warehouseEventId) {
		return picks.stream().anyMatch(it -> it.warehouseEventId().equals(warehouseEventId));
	}

	void add(Pick pick) {
		picks.add(pick);
	}

	boolean knowsDispatch(Dispatch dispatch) {
		return shipments.stream().anyMatch(it -> it.shipmentId().equals(dispatch.shipmentId())
				|| it.warehouseEventId().equals(dispatch.warehouseEventId()));
	}

	void add(Dispatch dispatch, Instant now) {
		shipments.add(new Shipment(dispatch, now));
	}

	/**
	 * Releases every held shipment now covered (in the order they came) and hands out invoices: one per released
	 * shipment, or one for the whole order once every line is shipped or removed.
	 */
	void settle(String orderId, Invoicing invoicing, Map<Integer, OrderLine> lines, boolean cancelled, Instant now,
			List<OrderOutcome> outcomes) {
		for (Shipment shipment : shipments) {
			if (shipment.isHeld()) {
				releaseIfCovered(shipment, orderId, invoicing, lines, cancelled, now, outcomes);
			}
		}
		if (invoicing == Invoicing.PER_ORDER && invoices == 0 && !cancelled && anyReleased()
				&& OrderProgress.allDone(lines.values())) {
			invoice(orderId, released(), lines.values().stream()
				.filter(it -> !it.shipped().isZero())
				.map(it -> new InvoicedLine(it.lineNumber(), it.sku(), it.shipped(), it.unitPrice()))
				.toList(), outcomes);
		}
	}

	private void releaseIfCovered(Shipment shipment, String orderId, Invoicing invoicing,
			Map<Integer, OrderLine> lines, boolean cancelled, Instant now, List<OrderOutcome> outcomes) {
		Hold hold = DispatchCheck.check(shipment, lines, cancelled);
		if (hold != null) {
			shipment.hold(hold);
			return;
		}
		shipment.quantitiesByLine().forEach((number, quantity) -> lines.get(number).ship(quantity));
		shipment.release(now);
		outcomes.add(new ShipmentReleased(shipment.shipmentId(), shipment.lines(), shipment.dispatchedAt()));
		if (invoicing == Invoicing.PER_SHIPMENT) {
			invoice(orderId, List.of(shipment), shipment.lines().stream()
				.map(it -> new InvoicedLine(it.lineNumber(), it.sku(), it.quantity(),
						lines.get(it.lineNumber()).unitPrice()))
				.toList(), outcomes);
		}
	}

	private void invoice(String orderId, List<Shipment> billed, List<InvoicedLine> billedLines,
			List<OrderOutcome> outcomes) {
		String reference = orderId + "/INV-" + ++invoices;
		billed.forEach(it -> it.invoiced(reference));
		outcomes.add(new InvoiceReady(reference, billed.stream().map(Shipment::shipmentId).toList(), billedLines));
	}

	/** Flags the shipments held for {@code limit} or longer; returns the ids flagged now. */
	List<String> flagHeld(Instant now, Duration limit) {
		return shipments.stream().filter(it -> it.flagIfHeldPast(now, limit)).map(Shipment::shipmentId).toList();
	}

	/** What the shipments of a line carry, released or held: the goods that left. */
	Quantity dispatched(OrderLine line) {
		Quantity total = line.shipped();
		for (Shipment shipment : shipments) {
			Quantity quantity = shipment.quantitiesByLine().get(line.lineNumber());
			if (shipment.isHeld() && quantity != null && line.inOrderedUnit(quantity)) {
				total = total.plus(quantity);
			}
		}
		return total;
	}

	@Nullable
	Instant heldSince(boolean unflaggedOnly) {
		return shipments.stream()
			.filter(it -> it.isHeld() && !(unflaggedOnly && it.isFlagged()))
			.map(Shipment::receivedAt)
			.min(Instant::compareTo)
			.orElse(null);
	}

	boolean anyDispatched() {
		return !shipments.isEmpty();
	}

	boolean anyReleased() {
		return shipments.stream().anyMatch(it -> !it.isHeld());
	}

	boolean anyPicked() {
		return !picks.isEmpty();
	}

	private List<Shipment> released() {
		return shipments.stream().filter(it -> !it.isHeld()).toList();
	}

	List<Shipment> shipments() {
		return shipments;
	}

	List<Pick> picks() {
		return picks;
	}

	int invoices() {
		return invoices;
	}
}
