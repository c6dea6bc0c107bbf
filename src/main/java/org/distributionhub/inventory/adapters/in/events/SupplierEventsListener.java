package org.distributionhub.inventory.adapters.in.events;

import org.distributionhub.inventory.ports.in.DatedQuantity;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines;
import org.distributionhub.inventory.ports.in.RecordPurchaseOrderLines.RecordPurchaseOrderLinesCommand;
import org.distributionhub.inventory.ports.in.RecordShipment;
import org.distributionhub.inventory.ports.in.RecordShipment.RecordShipmentCommand;
import org.distributionhub.inventory.ports.in.RescheduleInbound;
import org.distributionhub.inventory.ports.in.RescheduleInbound.RescheduleInboundCommand;
import org.distributionhub.supplier.events.PurchaseOrderAcknowledged;
import org.distributionhub.supplier.events.PurchaseOrderIssued;
import org.distributionhub.supplier.events.ShipNoticeReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the Supplier module's purchase orders, acknowledgements and ship notices into expected inbound; a line the
 * supplier substitutes is expected as the substitute.
 */
@Component
class SupplierEventsListener {

	static final String PO_ISSUED = "inventory.expected-inbound.po-issued";
	static final String PO_ACKNOWLEDGED = "inventory.expected-inbound.po-acknowledged";
	static final String SHIP_NOTICE = "inventory.expected-inbound.ship-notice";

	private final RecordPurchaseOrderLines purchaseOrders;
	private final RescheduleInbound acknowledgements;
	private final RecordShipment shipments;

	SupplierEventsListener(RecordPurchaseOrderLines purchaseOrders, RescheduleInbound acknowledgements,
			RecordShipment shipments) {
		this.purchaseOrders = purchaseOrders;
		this.acknowledgements = acknowledgements;
		this.shipments = shipments;
	}

	/** The Supplier module numbers the original order 0 (as X12 does); inventory counts issued revisions from 1. */
	@ApplicationModuleListener(id = PO_ISSUED)
	void on(PurchaseOrderIssued issued) {
		purchaseOrders.record(new RecordPurchaseOrderLinesCommand(issued.correlationId(), issued.supplierId(),
				issued.poNumber(), issued.revision() + 1, issued.shipTo(),
				issued.lines()
					.stream()
					.map(it -> new RecordPurchaseOrderLinesCommand.Line(it.lineNumber(), it.sku(), it.quantity(),
							it.requestedDate()))
					.toList()));
	}

	@ApplicationModuleListener(id = PO_ACKNOWLEDGED)
	void on(PurchaseOrderAcknowledged acknowledged) {
		acknowledgements.reschedule(new RescheduleInboundCommand(acknowledged.correlationId(),
				acknowledged.supplierId(), acknowledged.poNumber(), acknowledged.shipTo(),
				acknowledged.lines()
					.stream()
					.map(it -> new RescheduleInboundCommand.Line(it.lineNumber(), it.sku(),
							it.after().stream().map(s -> new DatedQuantity(s.quantity(), s.date())).toList(),
							it.substitute()))
					.toList()));
	}

	@ApplicationModuleListener(id = SHIP_NOTICE)
	void on(ShipNoticeReceived notice) {
		var arrival = notice.expectedDelivery() != null ? notice.expectedDelivery() : notice.shipDate();
		shipments.record(new RecordShipmentCommand(notice.correlationId(), notice.supplierId(), notice.shipmentId(),
				arrival,
				notice.lines()
					.stream()
					.map(it -> new RecordShipmentCommand.Line(it.poNumber(), it.lineNumber(), it.sku(), it.shipTo(),
							it.quantity()))
					.toList()));
	}
}
