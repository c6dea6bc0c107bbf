package org.distributionhub.inventory.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.distributionhub.inventory.events.GoodsReceived;
import org.distributionhub.inventory.events.StockAdjusted;
import org.distributionhub.inventory.ports.in.FieldProblem;
import org.distributionhub.inventory.ports.in.MoveStock;
import org.distributionhub.inventory.ports.in.MoveStock.Movement;
import org.distributionhub.inventory.ports.in.WarehouseEventRejected;
import org.distributionhub.shared.Quantity;
import org.distributionhub.shared.Sku;
import org.distributionhub.shared.UnitOfMeasure;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Receipts and adjustments reported by the warehouse, in the caller's transaction. A receipt may bring a SKU the
 * warehouse never had (it becomes known); with a PO number it closes the purchase order's expected inbound. An
 * adjustment needs a SKU inventory knows and publishes one {@link StockAdjusted} per line.
 */
@Component
class StockFacts {

	static final String SOURCE = "WAREHOUSE_EVENT";
	static final String DEFAULT_REASON = "warehouse adjustment";

	private final MoveStock stock;
	private final InboundReceipts inboundReceipts;
	private final ApplicationEventPublisher events;

	StockFacts(MoveStock stock, InboundReceipts inboundReceipts, ApplicationEventPublisher events) {
		this.stock = stock;
		this.inboundReceipts = inboundReceipts;
		this.events = events;
	}

	void receive(WarehouseFact fact) {
		knownWarehouse(fact);
		var message = fact.message();
		var received = new ArrayList<InboundReceipts.ReceivedLine>();
		for (var line : message.lines()) {
			received.add(new InboundReceipts.ReceivedLine(line.poLineNumber(),
					new Sku(WarehouseFact.required(line.sku())), quantity(line.quantity(), line.unit())));
		}
		List<GoodsReceived.Line> lines = message.poNumber() == null
				? received.stream().map(it -> new GoodsReceived.Line(null, it.sku(), it.quantity())).toList()
				: inboundReceipts.close(fact.correlationId(), fact.eventId(), message.poNumber(), fact.warehouse(),
						received);
		try {
			stock.receive(fact.correlationId(), fact.warehouse(),
					received.stream().map(it -> new Movement(it.sku(), it.quantity())).toList());
		}
		catch (IllegalArgumentException refused) {
			throw new WarehouseEventRejected("lines", refused.getMessage());
		}
		events.publishEvent(new GoodsReceived(UUID.randomUUID(), fact.correlationId(), fact.eventId(),
				fact.warehouse(), message.poNumber(), lines, fact.occurredAt()));
	}

	void adjust(WarehouseFact fact) {
		knownWarehouse(fact);
		var message = fact.message();
		var problems = new ArrayList<FieldProblem>();
		for (int i = 0; i < message.lines().size(); i++) {
			var sku = new Sku(WarehouseFact.required(message.lines().get(i).sku()));
			if (!stock.isKnownSku(sku)) {
				problems.add(new FieldProblem("lines[" + i + "].sku", "unknown SKU " + sku));
			}
		}
		if (!problems.isEmpty()) {
			throw new WarehouseEventRejected(problems);
		}
		String reason = message.reason() != null ? message.reason() : DEFAULT_REASON;
		for (int i = 0; i < message.lines().size(); i++) {
			var line = message.lines().get(i);
			var sku = new Sku(WarehouseFact.required(line.sku()));
			BigDecimal change = WarehouseFact.required(line.quantity());
			Quantity onHand;
			try {
				onHand = stock.adjust(fact.correlationId(), fact.warehouse(), sku, change);
			}
			catch (IllegalArgumentException refused) {
				throw new WarehouseEventRejected("lines[" + i + "]", refused.getMessage());
			}
			var unit = new UnitOfMeasure(WarehouseFact.required(line.unit()));
			if (!onHand.unit().equals(unit)) {
				throw new WarehouseEventRejected("lines[" + i + "].unit", "SKU " + sku + " is kept in " + onHand.unit()
						+ " in warehouse " + fact.warehouse() + ", not in " + unit);
			}
			events.publishEvent(new StockAdjusted(UUID.randomUUID(), fact.correlationId(), fact.warehouse(), sku,
					change, onHand, reason, SOURCE, fact.eventId(), fact.occurredAt()));
		}
	}

	private void knownWarehouse(WarehouseFact fact) {
		if (!stock.isKnownWarehouse(fact.warehouse())) {
			throw new WarehouseEventRejected("warehouse", "unknown warehouse " + fact.warehouse());
		}
	}

	private static Quantity quantity(@org.jspecify.annotations.Nullable BigDecimal amount,
			@org.jspecify.annotations.Nullable String unit) {
		return new Quantity(WarehouseFact.required(amount), new UnitOfMeasure(WarehouseFact.required(unit)));
	}
}
