package org.distributionhub.order.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.distributionhub.order.domain.CustomerOrder;
import org.distributionhub.order.domain.OrderOutcome;
import org.distributionhub.order.domain.OrderOutcome.InvoiceReady;
import org.distributionhub.order.domain.OrderOutcome.PromiseMoved;
import org.distributionhub.order.domain.OrderOutcome.ShipmentReleased;
import org.distributionhub.order.domain.OrderSnapshot;
import org.distributionhub.order.domain.OrderedLine;
import org.distributionhub.order.domain.WarehouseLine;
import org.distributionhub.order.events.OrderCancelled;
import org.distributionhub.order.events.OrderChanged;
import org.distributionhub.order.events.OrderPlaced;
import org.distributionhub.order.events.OrderPromiseChanged;
import org.distributionhub.order.events.OrderReadyForInvoicing;
import org.distributionhub.order.events.OrderShipped;
import org.distributionhub.order.events.PickConfirmed.PickedLine;
import org.distributionhub.order.ports.out.PromiseChanges;
import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.shared.CorrelationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what an order did as the Order module's events, within the caller's transaction, and keeps each promise
 * change for the console. Events carry the correlation id of the flow at hand.
 */
@Component
class OrderPublications {

	private final ApplicationEventPublisher events;
	private final PromiseChanges promiseChanges;

	OrderPublications(ApplicationEventPublisher events, PromiseChanges promiseChanges) {
		this.events = events;
		this.promiseChanges = promiseChanges;
	}

	void placed(CustomerOrder order) {
		OrderSnapshot s = order.snapshot();
		events.publishEvent(new OrderPlaced(UUID.randomUUID(), flow(), s.id().value(), s.id().channel(),
				s.id().externalOrderId(), s.customer(), s.warehouse(), s.revision(), lines(order), s.placedAt()));
	}

	void changed(CustomerOrder order) {
		OrderSnapshot s = order.snapshot();
		events.publishEvent(new OrderChanged(UUID.randomUUID(), flow(), s.id().value(), s.warehouse(), s.revision(),
				lines(order), s.updatedAt()));
		outcomes(order);
	}

	void cancelled(CustomerOrder order) {
		OrderSnapshot s = order.snapshot();
		events.publishEvent(new OrderCancelled(UUID.randomUUID(), flow(), s.id().value(), s.warehouse(),
				s.revision(), String.valueOf(s.cancelReason()), s.updatedAt()));
	}

	/** Publishes the order's outcomes: promise changes (also kept), released shipments, invoices. */
	void outcomes(CustomerOrder order) {
		List<OrderOutcome> outcomes = order.pullOutcomes();
		if (outcomes.isEmpty()) {
			return;
		}
		OrderSnapshot s = order.snapshot();
		CorrelationId flow = flow();
		Instant now = s.updatedAt();
		List<PromiseChanges.Entry> changes = new ArrayList<>();
		for (OrderOutcome outcome : outcomes) {
			if (outcome instanceof PromiseMoved moved) {
				var event = promiseChanged(s, moved, flow, now);
				var previous = moved.previous();
				changes.add(new PromiseChanges.Entry(event.eventId(), event.orderId(), event.lineNumber(),
						event.sku().code(), previous == null ? null : previous.status(),
						previous == null ? null : previous.promiseDate(), moved.current().status(),
						moved.current().promiseDate(), now));
				events.publishEvent(event);
			}
			else if (outcome instanceof ShipmentReleased released) {
				events.publishEvent(new OrderShipped(UUID.randomUUID(), flow, s.id().value(), s.id().channel(),
						s.id().externalOrderId(), s.customer(), released.shipmentId(), s.warehouse(),
						picked(released.lines()), released.dispatchedAt()));
			}
			else if (outcome instanceof InvoiceReady invoice) {
				events.publishEvent(new OrderReadyForInvoicing(UUID.randomUUID(), flow, s.id().value(),
						s.id().channel(), s.id().externalOrderId(), s.customer(), invoice.invoiceReference(),
						invoice.shipmentIds(), invoice.lines().stream()
							.map(it -> new OrderReadyForInvoicing.InvoiceLine(it.lineNumber(), it.sku(), it.quantity(),
									it.unitPrice()))
							.toList(),
						now));
			}
		}
		promiseChanges.record(changes);
	}

	private static OrderPromiseChanged promiseChanged(OrderSnapshot s, PromiseMoved moved, CorrelationId flow,
			Instant now) {
		var previous = moved.previous();
		return new OrderPromiseChanged(UUID.randomUUID(), flow, s.id().value(), s.id().channel(),
				s.id().externalOrderId(), moved.lineNumber(), moved.sku(), moved.reserved(), moved.backordered(),
				previous == null ? null : previous.status().name(), previous == null ? null : previous.promiseDate(),
				moved.current().status().name(), moved.current().promiseDate(), now, moved.version());
	}

	private static List<OrderPlaced.Line> lines(CustomerOrder order) {
		return order.content().lines().stream().map(OrderPublications::line).toList();
	}

	private static OrderPlaced.Line line(OrderedLine line) {
		return new OrderPlaced.Line(line.lineNumber(), line.sku(), line.quantity(), line.unitPrice());
	}

	private static List<PickedLine> picked(List<WarehouseLine> lines) {
		return lines.stream().map(it -> new PickedLine(it.lineNumber(), it.sku(), it.quantity())).toList();
	}

	private static CorrelationId flow() {
		return Correlation.current();
	}
}
