package org.distributionhub.order.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * A customer order from a sales channel and everything that happened to it: Inventory's newest decision per line,
 * the promises the OMS was told, picks, and shipments held until picks and final allocation cover them. After each
 * change it settles: releases what is now covered, hands out invoices by its policy, and notes promises to tell.
 * What others must hear is collected as {@link OrderOutcome}s.
 */
@AggregateRoot
public final class CustomerOrder {

	private final @Identity OrderId id;
	private String customer;
	private final String warehouse;
	private Invoicing invoicing;
	private int revision;
	private final Instant placedAt;
	private Instant updatedAt;
	private @Nullable Instant cancelledAt;
	private @Nullable String cancelReason;
	private final Map<Integer, OrderLine> lines = new TreeMap<>();
	private final Fulfilment fulfilment;
	private final List<OrderOutcome> outcomes = new ArrayList<>();

	private CustomerOrder(OrderSnapshot s) {
		this.id = s.id();
		this.customer = s.customer();
		this.warehouse = s.warehouse();
		this.invoicing = s.invoicing();
		this.revision = s.revision();
		this.placedAt = s.placedAt();
		this.updatedAt = s.updatedAt();
		this.cancelledAt = s.cancelledAt();
		this.cancelReason = s.cancelReason();
		s.lines().forEach(line -> lines.put(line.lineNumber(), OrderLine.restore(line)));
		this.fulfilment = new Fulfilment(s.shipments(), s.picks(), s.invoices());
	}

	/** A new order as the channel placed it: revision 1, every line waiting for its allocation. */
	public static CustomerOrder place(OrderId id, OrderContent content, Instant now) {
		var order = new CustomerOrder(new OrderSnapshot(id, content.customer(), content.warehouse(),
				content.invoicing(), 1, now, now, null, null, 0, List.of(), List.of(), List.of()));
		content.lines().forEach(line -> order.lines.put(line.lineNumber(), new OrderLine(line)));
		return order;
	}

	public static CustomerOrder restore(OrderSnapshot snapshot) {
		return new CustomerOrder(snapshot);
	}

	public OrderSnapshot snapshot() {
		return new OrderSnapshot(id, customer, warehouse, invoicing, revision, placedAt, updatedAt, cancelledAt,
				cancelReason, fulfilment.invoices(), lines.values().stream().map(OrderLine::snapshot).toList(),
				fulfilment.shipments().stream().map(Shipment::snapshot).toList(), fulfilment.picks());
	}

	/** The order as the channel now orders it (removed lines left out). */
	public OrderContent content() {
		return new OrderContent(customer, warehouse, invoicing, lines.values().stream()
			.filter(line -> !line.isCancelled())
			.map(line -> new OrderedLine(line.lineNumber(), line.sku(), line.ordered(), line.unitPrice()))
			.toList());
	}

	/**
	 * Takes a change from the channel: false if it changes nothing. Refused for a cancelled or fully shipped order,
	 * for another warehouse, for another customer or policy once something shipped, and by the lines' own rules.
	 */
	public boolean change(OrderContent next, Instant now) {
		if (content().equals(next)) {
			return false;
		}
		if (isCancelled()) {
			throw new OrderRuleViolation("Order " + id + " is cancelled; it cannot change");
		}
		if (state() == OrderState.SHIPPED) {
			throw new OrderRuleViolation("Order " + id + " is shipped in full; it cannot change");
		}
		if (!next.warehouse().equals(warehouse)) {
			throw new OrderRuleViolation("The warehouse of order " + id + " cannot change; cancel it and place it anew");
		}
		if (fulfilment.anyReleased() && (!next.customer().equals(customer) || next.invoicing() != invoicing)) {
			throw new OrderRuleViolation(
					"The customer and invoicing of order " + id + " cannot change once something has shipped");
		}
		for (OrderLine line : lines.values()) {
			if (!line.isCancelled() && next.line(line.lineNumber()).isEmpty()) {
				line.remove(fulfilment.dispatched(line));
			}
		}
		for (OrderedLine wanted : next.lines()) {
			OrderLine line = lines.get(wanted.lineNumber());
			if (line == null) {
				lines.put(wanted.lineNumber(), new OrderLine(wanted));
			}
			else {
				line.reorder(wanted, fulfilment.dispatched(line));
			}
		}
		customer = next.customer();
		invoicing = next.invoicing();
		revision++;
		settle(now);
		return true;
	}

	/** Cancels the order: false if it already is; refused once anything was dispatched. */
	public boolean cancel(String reason, Instant now) {
		if (isCancelled()) {
			return false;
		}
		if (fulfilment.anyDispatched()) {
			throw new OrderRuleViolation("Order " + id + " cannot be cancelled: shipment "
					+ fulfilment.shipments().get(0).shipmentId() + " was dispatched");
		}
		cancelledAt = now;
		cancelReason = reason;
		revision++;
		updatedAt = now;
		return true;
	}

	/** Records Inventory's decisions; older ones, unknown lines and anything for a cancelled order are ignored. */
	public boolean recordAllocation(List<AllocationDecision> decisions, Instant now) {
		if (isCancelled()) {
			return false;
		}
		boolean changed = false;
		for (AllocationDecision decision : decisions) {
			OrderLine line = lines.get(decision.lineNumber());
			changed |= line != null && line.decide(decision);
		}
		if (changed) {
			settle(now);
		}
		return changed;
	}

	/** Adds a pick confirmation's quantities; the same warehouse message again changes nothing. */
	public boolean confirmPick(Pick pick, Instant now) {
		if (fulfilment.knowsPick(pick.warehouseEventId())) {
			return false;
		}
		for (WarehouseLine picked : pick.lines()) {
			OrderLine line = lines.get(picked.lineNumber());
			if (line == null) {
				throw new OrderRuleViolation("Line " + picked.lineNumber() + " is not on order " + id);
			}
			line.pick(picked.quantity());
		}
		fulfilment.add(pick);
		settle(now);
		return true;
	}

	/** Takes a dispatched shipment, released at once if covered, else held; a known shipment or message is a no-op. */
	public boolean dispatch(Dispatch dispatch, Instant now) {
		if (fulfilment.knowsDispatch(dispatch)) {
			return false;
		}
		fulfilment.add(dispatch, now);
		settle(now);
		return true;
	}

	/** Flags the shipments held for {@code limit} or longer; returns the ids flagged now. */
	public List<String> flagHeldDispatches(Instant now, Duration limit) {
		List<String> flagged = fulfilment.flagHeld(now, limit);
		if (!flagged.isEmpty()) {
			updatedAt = now;
		}
		return flagged;
	}

	/** What the order decided since it was loaded, for the events; each outcome is handed out once. */
	public List<OrderOutcome> pullOutcomes() {
		List<OrderOutcome> pulled = List.copyOf(outcomes);
		outcomes.clear();
		return pulled;
	}

	private void settle(Instant now) {
		updatedAt = now;
		fulfilment.settle(id.value(), invoicing, lines, isCancelled(), now, outcomes);
		lines.values().forEach(line -> line.promiseToTell().ifPresent(outcomes::add));
	}

	public OrderId id() {
		return id;
	}

	public boolean isCancelled() {
		return cancelledAt != null;
	}

	public int revision() {
		return revision;
	}

	public OrderState state() {
		return OrderProgress.state(isCancelled(), lines.values(), fulfilment.shipments(), fulfilment.anyPicked());
	}

	public @Nullable String waitingFor() {
		return OrderProgress.waitingFor(state(), lines.values(), fulfilment.shipments());
	}

	public @Nullable LocalDate promiseDate() {
		return OrderProgress.promiseDate(lines.values());
	}

	public boolean flagged() {
		return fulfilment.shipments().stream().anyMatch(Shipment::isFlagged);
	}

	public long heldDispatches() {
		return fulfilment.shipments().stream().filter(Shipment::isHeld).count();
	}

	/** Since when the longest-held dispatch is held, null if none is. */
	public @Nullable Instant heldSince() {
		return fulfilment.heldSince(false);
	}

	/** Since when the longest-held dispatch not yet flagged is held, null if none is. */
	public @Nullable Instant unflaggedHeldSince() {
		return fulfilment.heldSince(true);
	}
}
