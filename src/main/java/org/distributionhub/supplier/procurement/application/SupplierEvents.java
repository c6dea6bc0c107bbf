package org.distributionhub.supplier.procurement.application;

import java.util.List;
import java.util.UUID;

import org.distributionhub.platform.correlation.Correlation;
import org.distributionhub.supplier.events.LineOutcome;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged;
import org.distributionhub.supplier.events.PurchaseOrderIssued;
import org.distributionhub.supplier.procurement.domain.Delivery;
import org.distributionhub.supplier.procurement.domain.LineChange;
import org.distributionhub.supplier.procurement.domain.PurchaseOrder;
import org.distributionhub.supplier.procurement.domain.PurchaseOrderLine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Turns what the Supplier core decided into the module's published events, in the caller's transaction. */
@Component
public class SupplierEvents {

	private final ApplicationEventPublisher publisher;

	SupplierEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	void issued(PurchaseOrder order, List<PurchaseOrderLine> lines) {
		publisher.publishEvent(new PurchaseOrderIssued(UUID.randomUUID(), Correlation.current(),
				order.id().supplierId(), order.id().poNumber(), order.revision(), order.shipTo(),
				lines.stream().map(line -> new PurchaseOrderIssued.Line(line.lineNumber(), line.sku(), line.ordered(),
						line.unitPrice(), line.requestedDate())).toList()));
	}

	public void acknowledged(PurchaseOrder order, String acknowledgementId, String channel, List<LineChange> changes) {
		publisher.publishEvent(new PurchaseOrderAcknowledged(UUID.randomUUID(), Correlation.current(),
				order.id().supplierId(), order.id().poNumber(), order.shipTo(), acknowledgementId, channel,
				changes.stream().map(SupplierEvents::line).toList(), order.stateVersion()));
	}

	void publish(Object event) {
		publisher.publishEvent(event);
	}

	private static PurchaseOrderAcknowledged.Line line(LineChange change) {
		return new PurchaseOrderAcknowledged.Line(change.lineNumber(), change.sku(),
				change.outcomes().stream().map(outcome -> LineOutcome.valueOf(outcome.name()))
						.collect(java.util.stream.Collectors.toSet()),
				change.before().confirmed(change.ordered()), change.after().confirmed(change.ordered()),
				change.before().earliestDate(), change.after().earliestDate(), change.before().unitPrice(),
				change.after().unitPrice(), schedule(change.before().schedule()), schedule(change.after().schedule()),
				change.after().substitute(), change.after().reason());
	}

	private static List<PurchaseOrderAcknowledged.ScheduledQuantity> schedule(List<Delivery> deliveries) {
		return deliveries.stream().map(delivery -> new PurchaseOrderAcknowledged.ScheduledQuantity(delivery.quantity(), delivery.date()))
				.toList();
	}
}
