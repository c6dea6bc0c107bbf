package org.distributionhub.inventory.application;

import java.time.Clock;
import java.time.Instant;

import org.distributionhub.inventory.domain.WarehouseEventType;
import org.distributionhub.inventory.ports.in.RecordWarehouseEvent;
import org.distributionhub.inventory.ports.in.WarehouseEventConflict;
import org.distributionhub.inventory.ports.in.WarehouseEventInvalid;
import org.distributionhub.inventory.ports.in.WarehouseEventReceipt;
import org.distributionhub.inventory.ports.in.WarehouseEventReceipt.EventType;
import org.distributionhub.inventory.ports.in.WarehouseMessage;
import org.distributionhub.inventory.ports.model.WarehouseEventStatus;
import org.distributionhub.inventory.ports.out.WarehouseEventLog;
import org.distributionhub.inventory.ports.out.WarehouseEventLog.Content;
import org.distributionhub.inventory.ports.out.WarehouseEventLog.Line;
import org.distributionhub.inventory.ports.out.WarehouseEventLog.LoggedWarehouseEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in a warehouse message in one transaction: checks it, logs it by event id (a message logged before is a
 * duplicate or a conflict and applies nothing), then applies it. A refusal while applying rolls the log entry back
 * with everything else, so the message may be sent again once corrected.
 */
@Service
class WarehouseEventIntake implements RecordWarehouseEvent {

	private final WarehouseEventLog log;
	private final OrderFulfilmentFacts orderFacts;
	private final StockFacts stockFacts;
	private final Clock clock;

	/** The hub's clock if it has one (the platform module's), else the system's in UTC. */
	@Autowired
	WarehouseEventIntake(WarehouseEventLog log, OrderFulfilmentFacts orderFacts, StockFacts stockFacts,
			ObjectProvider<Clock> clock) {
		this(log, orderFacts, stockFacts, clock.getIfAvailable(Clock::systemUTC));
	}

	WarehouseEventIntake(WarehouseEventLog log, OrderFulfilmentFacts orderFacts, StockFacts stockFacts, Clock clock) {
		this.log = log;
		this.orderFacts = orderFacts;
		this.stockFacts = stockFacts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public WarehouseEventReceipt record(WarehouseEventCommand command) {
		WarehouseMessage message = WarehouseEventRules.normalized(command.message());
		var problems = WarehouseEventRules.check(message);
		if (!problems.isEmpty()) {
			throw new WarehouseEventInvalid(problems);
		}
		Instant now = clock.instant();
		var entry = new LoggedWarehouseEvent(content(message), command.channel(), command.fileName(),
				command.correlationId().value(), WarehouseEventStatus.APPLIED, now);
		if (!log.addIfAbsent(entry)) {
			var first = log.find(entry.eventId())
				.orElseThrow(() -> new IllegalStateException("Warehouse event " + entry.eventId() + " vanished"));
			if (!first.content().equals(entry.content())) {
				throw new WarehouseEventConflict(first.eventId(), first.receivedAt());
			}
			return new WarehouseEventReceipt(first.eventId(), type(first.type()), first.status(), true,
					first.receivedAt());
		}
		var fact = new WarehouseFact(message, command.correlationId(),
				message.occurredAt() != null ? message.occurredAt() : now);
		switch (entry.type()) {
			case PICK_CONFIRMED -> orderFacts.pick(fact);
			case SHIPMENT_DISPATCHED -> orderFacts.dispatch(fact);
			case GOODS_RECEIVED -> stockFacts.receive(fact);
			case STOCK_ADJUSTED -> stockFacts.adjust(fact);
		}
		return new WarehouseEventReceipt(entry.eventId(), type(entry.type()), WarehouseEventStatus.APPLIED, false, now);
	}

	private static EventType type(WarehouseEventType type) {
		return switch (type) {
			case PICK_CONFIRMED -> EventType.PICK_CONFIRMED;
			case SHIPMENT_DISPATCHED -> EventType.SHIPMENT_DISPATCHED;
			case GOODS_RECEIVED -> EventType.GOODS_RECEIVED;
			case STOCK_ADJUSTED -> EventType.STOCK_ADJUSTED;
		};
	}

	/** A checked message has its event id, type and warehouse. */
	private static Content content(WarehouseMessage m) {
		return new Content(String.valueOf(m.eventId()), WarehouseEventType.valueOf(String.valueOf(m.type())),
				String.valueOf(m.warehouse()),
				m.occurredAt(), m.orderId(), m.shipmentId(), m.poNumber(), m.reason(), m.carrier(), m.trackingNumber(),
				m.lines().stream()
					.map(it -> new Line(it.lineNumber(), it.poLineNumber(), it.sku(), it.quantity(), it.unit()))
					.toList());
	}
}
