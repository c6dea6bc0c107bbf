package org.distributionhub.inventory.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.distributionhub.inventory.ports.in.FieldProblem;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.in.MoveStock.AllocatedOrder;
import org.distributionhub.inventory.ports.in.MoveStock.OrderMovement;
import org.distributionhub.inventory.ports.in.WarehouseEventRejected;
import org.distributionhub.inventory.ports.in.WarehouseMessage;
import org.distributionhub.order.events.PickConfirmed;
import org.distributionhub.order.events.PickConfirmed.PickedLine;
import org.distributionhub.order.events.ShipmentDispatched;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Picks and dispatches of a customer order, in the caller's transaction. The order must be one inventory allocated,
 * in the message's warehouse, and every line must be one of its lines (its SKU and unit, if the message says them).
 * Quantities are not compared with the order: the order module holds or flags what does not fit.
 */
@Component
class OrderFulfilmentFacts {

	private final MoveStock stock;
	private final ApplicationEventPublisher events;

	OrderFulfilmentFacts(MoveStock stock, ApplicationEventPublisher events) {
		this.stock = stock;
		this.events = events;
	}

	void pick(WarehouseFact fact) {
		var message = fact.message();
		var order = knownOrder(fact);
		events.publishEvent(new PickConfirmed(UUID.randomUUID(), fact.correlationId(), fact.eventId(),
				order.orderId(), fact.warehouse(), lines(order, message), fact.occurredAt()));
	}

	void dispatch(WarehouseFact fact) {
		var message = fact.message();
		var order = knownOrder(fact);
		var lines = lines(order, message);
		try {
			stock.dispatch(fact.correlationId(), order.orderId(), fact.warehouse(),
					lines.stream().map(it -> new OrderMovement(it.lineNumber(), it.sku(), it.quantity())).toList());
		}
		catch (IllegalArgumentException refused) {
			throw new WarehouseEventRejected("lines", refused.getMessage());
		}
		events.publishEvent(new ShipmentDispatched(UUID.randomUUID(), fact.correlationId(), fact.eventId(),
				order.orderId(), WarehouseFact.required(message.shipmentId()), fact.warehouse(), lines,
				message.carrier(), message.trackingNumber(), fact.occurredAt()));
	}

	private AllocatedOrder knownOrder(WarehouseFact fact) {
		if (!stock.isKnownWarehouse(fact.warehouse())) {
			throw new WarehouseEventRejected("warehouse", "unknown warehouse " + fact.warehouse());
		}
		String orderId = WarehouseFact.required(fact.message().orderId());
		var order = stock.findOrder(orderId)
			.orElseThrow(() -> new WarehouseEventRejected("orderId", "unknown order " + orderId));
		if (!order.warehouse().equals(fact.warehouse())) {
			throw new WarehouseEventRejected("warehouse", "order " + orderId + " is fulfilled from warehouse "
					+ order.warehouse() + ", not " + fact.warehouse());
		}
		return order;
	}

	/** The message's lines with the order's SKUs, or every problem of them. */
	private static List<PickedLine> lines(AllocatedOrder order, WarehouseMessage message) {
		Map<Integer, OrderMovement> byNumber = order.lines()
			.stream()
			.collect(Collectors.toMap(OrderMovement::lineNumber, Function.identity(), (a, b) -> a));
		var problems = new ArrayList<FieldProblem>();
		var lines = new ArrayList<PickedLine>();
		for (int i = 0; i < message.lines().size(); i++) {
			var line = message.lines().get(i);
			int lineNumber = WarehouseFact.required(line.lineNumber());
			var ordered = byNumber.get(lineNumber);
			String at = "lines[" + i + "].";
			if (ordered == null) {
				problems.add(new FieldProblem(at + "lineNumber", "order " + order.orderId() + " has no line "
						+ lineNumber));
				continue;
			}
			var unit = new UnitOfMeasure(WarehouseFact.required(line.unit()));
			if (line.sku() != null && !new Sku(line.sku()).equals(ordered.sku())) {
				problems.add(new FieldProblem(at + "sku", "line " + lineNumber + " of order " + order.orderId()
						+ " is for SKU " + ordered.sku() + ", not " + line.sku()));
			}
			else if (!unit.equals(ordered.quantity().unit())) {
				problems.add(new FieldProblem(at + "unit", "line " + lineNumber + " of order " + order.orderId()
						+ " is in " + ordered.quantity().unit() + ", not " + unit));
			}
			else {
				lines.add(new PickedLine(lineNumber, ordered.sku(),
						new Quantity(WarehouseFact.required(line.quantity()), unit)));
			}
		}
		if (!problems.isEmpty()) {
			throw new WarehouseEventRejected(problems);
		}
		return lines;
	}
}
