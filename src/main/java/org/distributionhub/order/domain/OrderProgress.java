package org.distributionhub.order.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/** Derives an order's state, what it waits for in words, and its promise date from its lines and shipments. */
final class OrderProgress {

	private OrderProgress() {
	}

	static OrderState state(boolean cancelled, Collection<OrderLine> lines, List<Shipment> shipments,
			boolean picked) {
		if (cancelled) {
			return OrderState.CANCELLED;
		}
		boolean released = shipments.stream().anyMatch(it -> !it.isHeld());
		if (released && allDone(lines)) {
			return OrderState.SHIPPED;
		}
		if (open(lines).anyMatch(it -> it.allocation() == Allocation.REFUSED || it.allocation() == Allocation.NO_INBOUND)
				|| shipments.stream().anyMatch(Shipment::isFlagged)) {
			return OrderState.NEEDS_ATTENTION;
		}
		if (released) {
			return OrderState.PARTIALLY_SHIPPED;
		}
		if (picked || !shipments.isEmpty()) {
			return OrderState.PICKING;
		}
		if (open(lines).anyMatch(it -> it.allocation() == Allocation.PENDING)) {
			return OrderState.PLACED;
		}
		if (open(lines).anyMatch(it -> it.allocation() == Allocation.BACKORDERED)) {
			return OrderState.BACKORDERED;
		}
		return OrderState.ALLOCATED;
	}

	static boolean allDone(Collection<OrderLine> lines) {
		return lines.stream().allMatch(OrderLine::isDone);
	}

	/** What the order waits for, in words, or null when it waits for nothing but the warehouse's normal work. */
	static @Nullable String waitingFor(OrderState state, Collection<OrderLine> lines, List<Shipment> shipments) {
		if (state == OrderState.CANCELLED || state == OrderState.SHIPPED) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		List<OrderLine> pending = open(lines).filter(it -> it.allocation() == Allocation.PENDING).toList();
		if (!pending.isEmpty()) {
			parts.add(pending.size() == open(lines).count() ? "allocation"
					: "allocation of " + numbers(pending));
		}
		open(lines).forEach(line -> {
			if (line.allocation() == Allocation.REFUSED) {
				parts.add("refused line " + line.lineNumber() + ": " + refusal(line));
			}
			else if (line.allocation() == Allocation.NO_INBOUND) {
				parts.add("no inbound for line " + line.lineNumber());
			}
			else if (line.allocation() == Allocation.BACKORDERED) {
				parts.add("inbound on " + line.promiseDate() + " for line " + line.lineNumber());
			}
		});
		shipments.stream().filter(Shipment::isHeld).forEach(shipment -> parts.add(waitingFor(shipment)));
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

	/** The latest promise date of the lines still waiting for dated inbound: when the order can be complete. */
	static @Nullable LocalDate promiseDate(Collection<OrderLine> lines) {
		return open(lines).filter(it -> it.allocation() == Allocation.BACKORDERED)
			.map(OrderLine::promiseDate)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElse(null);
	}

	private static String waitingFor(Shipment shipment) {
		Hold hold = shipment.currentHold();
		if (hold == null || hold.cause() == Hold.Cause.PICK) {
			return "pick confirmation for shipment " + shipment.shipmentId();
		}
		if (hold.cause() == Hold.Cause.ALLOCATION) {
			return "allocation for shipment " + shipment.shipmentId();
		}
		return "a decision on shipment " + shipment.shipmentId() + ": " + hold.reason();
	}

	private static String refusal(OrderLine line) {
		Refusal refusal = line.refusal();
		return refusal == null ? "no reason given" : refusal.message();
	}

	private static String numbers(List<OrderLine> lines) {
		return (lines.size() == 1 ? "line " : "lines ")
				+ String.join(", ", lines.stream().map(it -> String.valueOf(it.lineNumber())).toList());
	}

	private static Stream<OrderLine> open(Collection<OrderLine> lines) {
		return lines.stream().filter(it -> !it.isDone());
	}
}
